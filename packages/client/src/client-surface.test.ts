import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { createClient, type SignetClient } from './client.js';

// Spec operations, webhooks and the deploy guard's effects, through one client on a real port.
describe('createClient: spec operations, webhooks, reason effects', () => {
  let broker: TestBroker;
  let client: SignetClient;
  beforeAll(async () => {
    broker = await startTestBroker();
    client = createClient({ baseUrl: await broker.app.listen({ port: 0, host: '127.0.0.1' }) });
    await given(broker)
      .environment('production')
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .verified('inventory', 'i1')
      .deployed('inventory', 'i1', 'production')
      .contract('cart', 'c1', 'inventory', [['get', '/gadgets/{id}']])
      .build();
  });
  afterAll(() => broker.close());

  it('reads the operations of the latest spec', async () => {
    const spec = await client.specs.latestOperations('inventory');
    expect(spec).toMatchObject({ service: 'inventory', version: 'i1' });
    expect(spec.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'get /items/{id}',
    ]);
    await expect(client.specs.latestOperations('cart')).rejects.toMatchObject({ code: 'spec.not-found' });
  });

  it('summarises verifications per version and marks them on matrix rows', async () => {
    const page = await client.verifications.summaries('inventory', { limit: 10 });
    expect(page.items.map((item) => [item.version.number, item.spec?.success, item.pact])).toEqual([
      ['i1', true, null],
    ]);
    const [row] = (await client.matrix.list({ consumer: 'cart', provider: 'inventory' })).items;
    expect(row?.verification.spec).toMatchObject({ success: true });
    expect(row?.verification.pact).toBeNull();
    expect(Date.parse(row!.verification.spec!.verifiedAt)).toBeGreaterThan(0);
  });

  it('creates, changes, lists and deletes a webhook', async () => {
    const hook = await client.webhooks.create({ events: ['spec.published'], url: 'https://hooks.example/a' });
    expect(hook).toMatchObject({ events: ['spec.published'], method: 'POST', enabled: true });
    expect(await client.webhooks.update(hook.id, { enabled: false })).toMatchObject({ enabled: false });
    expect((await client.webhooks.list()).items.map((item) => item.id)).toEqual([hook.id]);
    expect((await client.webhooks.deliveries(hook.id)).items).toEqual([]);
    await client.webhooks.delete(hook.id);
    await expect(client.webhooks.get(hook.id)).rejects.toMatchObject({ status: 404 });
  });

  it('gives each deploy-guard reason the effect the broker weighed it with', async () => {
    const answer = await client.deployGuard.check({
      service: 'cart',
      version: 'c1',
      environment: 'production',
    });
    expect(answer.verdict).toBe('unsafe');
    expect(answer.reasons.map((reason) => [reason.kind, reason.effect])).toEqual([
      ['incompatible', 'blocks'],
    ]);
  });
});
