import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pageOf } from '../testing/bodies.js';

describe('/api/v1/events', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .environment('production')
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']])
      .deployed('inventory', 'i1', 'production')
      .build();
  });
  afterAll(() => broker.close());

  it('lists the timeline newest first', async () => {
    const types = pageOf<{ type: string }>(await broker.api({ method: 'GET', url: '/events' })).items.map(
      (event) => event.type,
    );
    expect(types).toEqual([
      'deployment.recorded',
      'comparison.succeeded',
      'contract.published',
      'spec.published',
      'environment.created',
    ]);
  });

  it('filters by service and by type, and pages', async () => {
    const inventory = pageOf<{ type: string }>(
      await broker.api({ method: 'GET', url: '/events?service=inventory' }),
    ).items;
    // The comparison is filed under the provider whose spec it checked.
    expect(inventory.map((event) => event.type)).toEqual([
      'deployment.recorded',
      'comparison.succeeded',
      'spec.published',
    ]);
    const contracts = (await broker.api({ method: 'GET', url: '/events?type=contract.published' })).json()
      .items;
    expect(contracts).toEqual([
      expect.objectContaining({
        service: 'cart',
        payload: expect.objectContaining({ consumer: 'cart', provider: 'inventory', consumerVersion: 'c1' }),
      }),
    ]);
    const first = (await broker.api({ method: 'GET', url: '/events?limit=4' })).json();
    const rest = (
      await broker.api({ method: 'GET', url: `/events?limit=4&cursor=${first.nextCursor}` })
    ).json();
    expect(rest).toEqual({
      items: [expect.objectContaining({ type: 'environment.created' })],
      nextCursor: null,
    });
  });

  it('404s an unknown service filter and 400s a bad cursor', async () => {
    expect((await broker.api({ method: 'GET', url: '/events?service=ghost' })).statusCode).toBe(404);
    expect(
      (
        await broker.api({ method: 'GET', url: `/events?cursor=${Buffer.from('"x"').toString('base64url')}` })
      ).json(),
    ).toMatchObject({
      code: 'page.cursor-invalid',
    });
  });
});
