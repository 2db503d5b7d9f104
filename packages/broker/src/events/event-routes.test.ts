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

  it("files a comparison under its consumer too, so a consumer team sees its contract's results", async () => {
    const cart = pageOf<{ type: string; service: string }>(
      await broker.api({ method: 'GET', url: '/events?service=cart' }),
    ).items;
    expect(cart.map((event) => `${event.type} ${event.service}`)).toEqual([
      'comparison.succeeded inventory',
      'contract.published cart',
    ]);
  });

  it('filters by time: since (inclusive) and until (exclusive), as dates or date-times', async () => {
    const all = pageOf<{ id: number; createdAt: string }>(await broker.api({ method: 'GET', url: '/events' }))
      .items;
    const count = async (query: string) =>
      pageOf(await broker.api({ method: 'GET', url: `/events?${query}` })).items.length;
    const oldest = all.at(-1)!.createdAt;
    const newest = all[0]!.createdAt;
    expect(await count(`since=${encodeURIComponent(oldest)}`)).toBe(all.length);
    expect(await count(`until=${encodeURIComponent(newest)}`)).toBe(
      all.filter((event) => event.createdAt < newest).length,
    );
    expect(await count('since=2999-01-01')).toBe(0);
    expect(await count('until=2000-01-01')).toBe(0);
    expect(await count('since=2000-01-01&until=2999-01-01')).toBe(all.length);
    const bad = await broker.api({ method: 'GET', url: '/events?since=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'request.invalid' });
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
