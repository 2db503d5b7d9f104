import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pageOf } from '../testing/bodies.js';

describe('/api/v1/services', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .contract('charlie', '1', 'alpha', [['get', '/a']])
      .contract('bravo', '1', 'alpha', [['get', '/a']])
      .build();
  });
  afterAll(() => broker.close());

  it('lists services created by publishing, in name order, a page at a time', async () => {
    const first = pageOf<{ name: string }>(await broker.api({ method: 'GET', url: '/services?limit=2' }));
    expect(first.items.map((service) => service.name)).toEqual(['alpha', 'bravo']);
    const rest = (
      await broker.api({ method: 'GET', url: `/services?limit=2&cursor=${first.nextCursor}` })
    ).json();
    expect(rest).toEqual({
      items: [expect.objectContaining({ name: 'charlie', mainBranch: null })],
      nextCursor: null,
    });
  });

  it('shows one service, and 404s an unknown one', async () => {
    const alpha = await broker.api({ method: 'GET', url: '/services/alpha' });
    expect(alpha.json()).toEqual({ name: 'alpha', mainBranch: null, createdAt: expect.any(String) });
    const ghost = await broker.api({ method: 'GET', url: '/services/ghost' });
    expect(ghost.statusCode).toBe(404);
    expect(ghost.json()).toMatchObject({ code: 'service.not-found' });
  });

  it('refuses a forged cursor and an oversized page', async () => {
    expect((await broker.api({ method: 'GET', url: '/services?cursor=AAAA' })).json()).toMatchObject({
      code: 'page.cursor-invalid',
      status: 400,
    });
    expect((await broker.api({ method: 'GET', url: '/services?limit=101' })).statusCode).toBe(400);
  });
});
