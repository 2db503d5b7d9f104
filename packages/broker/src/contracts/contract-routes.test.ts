import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { pactContract } from '../testing/documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

describe('/api/v1/contracts', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .spec('inventory', [['get', '/items/{id}']])
      .build();
  });
  afterAll(() => broker.close());

  const publish = (payload: object) => broker.api({ method: 'POST', url: '/contracts', payload });
  const content = pactContract('cart', 'inventory', [['get', '/items/{id}']]);

  it('publishes with consumer and provider from the contract, compared with the provider spec', async () => {
    const response = await publish({ content, consumerVersion: 'c1', branch: 'main', tags: ['dev'] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      outcome: 'created',
      contract: { consumer: 'cart', consumerVersion: 'c1', provider: 'inventory' },
      comparisons: [{ status: 'compatible', summary: { compatible: true, errorCount: 0 } }],
    });
    const version = (await broker.api({ method: 'GET', url: '/services/cart/versions/c1' })).json();
    expect(version).toMatchObject({ branch: 'main', tags: ['dev'] });
  });

  it('is idempotent: the same publication again changes nothing and compares nothing anew', async () => {
    const before = await broker.deps.store.comparisons.count();
    const response = await publish({ content, consumerVersion: 'c1', branch: 'main' });
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe('unchanged');
    expect(await broker.deps.store.comparisons.count()).toBe(before);
    const list = (await broker.api({ method: 'GET', url: '/contracts?consumer=cart' })).json();
    expect(list.items).toHaveLength(1);
  });

  it('computes one comparison per content pair however many versions share it', async () => {
    const before = await broker.deps.store.comparisons.count();
    expect((await publish({ content, consumerVersion: 'c2' })).json().comparisons).toHaveLength(1);
    expect(await broker.deps.store.comparisons.count()).toBe(before);
  });

  it('answers 409 when a version’s contract content changes, unless overwrite', async () => {
    const changed = pactContract('cart', 'inventory', [
      ['get', '/items/{id}'],
      ['get', '/stock'],
    ]);
    const conflict = await publish({ content: changed, consumerVersion: 'c1' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ code: 'contract.content-changed' });
    const replaced = await publish({ content: changed, consumerVersion: 'c1', overwrite: true });
    expect(replaced.json()).toMatchObject({ outcome: 'replaced', comparisons: [{ status: 'incompatible' }] });
    const failed = await broker.api({ method: 'GET', url: '/events?type=comparison.failed' });
    expect(failed.json()).toMatchObject({
      items: [{ service: 'inventory', payload: { status: 'incompatible' } }],
    });
  });

  it('lists by consumer version and provider, and shows one contract with its content', async () => {
    const page = (
      await broker.api({
        method: 'GET',
        url: '/contracts?consumer=cart&consumerVersion=c2&provider=inventory',
      })
    ).json();
    expect(page).toMatchObject({ items: [{ consumerVersion: 'c2' }], nextCursor: null });
    const one = (await broker.api({ method: 'GET', url: `/contracts/${page.items[0].id}` })).json();
    expect(one.content).toBe(content);
    expect((await broker.api({ method: 'GET', url: '/contracts/99999' })).json()).toMatchObject({
      code: 'contract.not-found',
    });
  });

  it('pages contracts oldest first', async () => {
    const first = (await broker.api({ method: 'GET', url: '/contracts?limit=1' })).json();
    const second = (
      await broker.api({ method: 'GET', url: `/contracts?limit=1&cursor=${first.nextCursor}` })
    ).json();
    expect(first.items[0].id).toBeLessThan(second.items[0].id);
  });

  it("answers 422 with the parser's message for something that is not a Pact", async () => {
    const response = await publish({ content: '{"hello": "world"}', consumerVersion: 'c3' });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'contract.not-pact', status: 422 });
    expect(response.json().detail).toContain('Pact');
  });

  it('refuses a consumer name that contradicts the contract, and missing fields', async () => {
    expect(
      (await publish({ content, consumerVersion: 'c4', consumer: 'someone_else' })).json(),
    ).toMatchObject({
      code: 'contract.consumer-mismatch',
      status: 400,
    });
    expect((await publish({ content })).json()).toMatchObject({
      status: 400,
      issues: [{ path: 'body.consumerVersion' }],
    });
    expect((await broker.api({ method: 'GET', url: '/contracts?consumerVersion=c1' })).statusCode).toBe(400);
    expect((await broker.api({ method: 'GET', url: '/contracts?provider=ghost' })).statusCode).toBe(404);
  });
});
