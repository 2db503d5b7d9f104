import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { createClient, type SignetClient } from './client.js';

const items: ['get', string] = ['get', '/api/items/{itemId}'];
const gadgets: ['get', string] = ['get', '/api/gadgets/{gadgetId}'];

// Environments, what runs where, verifications and the deploy guard, through a real listening broker.
describe('createClient: environments, deployments, verifications, deploy guard, matrix, events, graph', () => {
  let broker: TestBroker;
  let client: SignetClient;
  beforeAll(async () => {
    broker = await startTestBroker();
    client = createClient({ baseUrl: await broker.app.listen({ port: 0, host: '127.0.0.1' }) });
    await given(broker)
      .spec('inventory', [items], { version: 'i1' })
      .contract('cart', 'c1', 'inventory', [items, gadgets])
      .build();
  });
  afterAll(() => broker.close());

  it('creates and lists environments', async () => {
    expect(await client.environments.create({ name: 'production', production: true })).toMatchObject({
      name: 'production',
      production: true,
    });
    await client.environments.create({ name: 'staging', displayName: 'Staging' });
    expect((await client.environments.list()).items.map((e) => e.name)).toEqual(['production', 'staging']);
    expect((await client.environments.get('staging')).displayName).toBe('Staging');
  });

  it('records a verification and lists it', async () => {
    const recorded = await client.verifications.record('inventory', 'i1', { success: true, results: [] });
    expect(recorded).toMatchObject({ kind: 'spec', success: true, specSha: expect.any(String) });
    expect((await client.verifications.list('inventory', 'i1')).items.map((v) => v.id)).toEqual([
      recorded.id,
    ]);
  });

  it('records deployments, releases and their ends', async () => {
    const deployed = await client.deployments.recordDeployment('production', {
      service: 'inventory',
      version: 'i1',
    });
    expect(deployed).toMatchObject({ kind: 'deployment', current: true, applicationInstance: null });
    await client.deployments.recordRelease('staging', { service: 'cart', version: 'c1' });
    await client.deployments.recordUndeployment('production', { service: 'inventory', version: 'i1' });
    const current = await client.deployments.list('production', { current: true });
    expect(current).toEqual({ items: [], nextCursor: null });
    await client.deployments.recordReleaseEnd('staging', { service: 'cart', version: 'c1' });
    expect((await client.deployments.list('staging')).items).toMatchObject([{ current: false }]);
    await client.deployments.recordDeployment('production', { service: 'inventory', version: 'i1' });
  });

  it('asks the deploy guard: unsafe with an incompatible reason naming the missing operation', async () => {
    const answer = await client.deployGuard.check({
      service: 'cart',
      version: 'c1',
      environment: 'production',
    });
    expect(answer.verdict).toBe('unsafe');
    const incompatible = answer.reasons.find((reason) => reason.kind === 'incompatible');
    expect(incompatible).toMatchObject({
      integration: {
        consumer: { service: 'cart', version: 'c1' },
        provider: { service: 'inventory', version: 'i1' },
      },
      findings: { errors: [{ operation: 'GET /api/gadgets/1' }] },
    });
  });

  it('reads the matrix, the timeline and the graph', async () => {
    const matrix = await client.matrix.list({ consumer: 'cart' });
    expect(matrix.items).toMatchObject([
      { consumer: { name: 'cart', version: 'c1' }, status: 'incompatible' },
    ]);
    const events = await client.events.list({ service: 'inventory', type: 'deployment.recorded' });
    expect(events.items.length).toBeGreaterThan(0);
    expect(events.items[0]).toMatchObject({ type: 'deployment.recorded', service: 'inventory' });
    const graph = await client.graph.get();
    expect(graph.services.map((s) => s.name)).toEqual(['cart', 'inventory']);
    expect(graph.integrations).toMatchObject([
      { consumer: 'cart', provider: 'inventory', status: 'incompatible' },
    ]);
  });
});
