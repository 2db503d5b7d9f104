import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

interface Edge {
  consumer: string;
  provider: string;
  status: string;
  consumerVersion: string | null;
  consumerBranch: string | null;
  providerVersion: string | null;
}
interface Graph {
  services: Array<{ name: string; lastPublishedAt: string | null; lastVerifiedAt: string | null }>;
  lens: { kind: string; environment: string | null };
  integrations: Edge[];
  featureBranches: Edge[];
}

const brief = (edges: Edge[]) =>
  edges.map((e) => `${e.consumer}@${e.consumerVersion} → ${e.provider}@${e.providerVersion}: ${e.status}`);

describe('/api/v1/graph lenses', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    // Production runs cart c1 against inventory inv1 (verified, compatible). Main has inv2, which cart c2 on main
    // needs (gadgets); an experiment on feat-widgets calls an endpoint nobody has: it must not turn main red.
    await given(broker)
      .environment('production', { production: true })
      .spec('inventory', [['get', '/items/{id}']], { version: 'inv1', branch: 'main' })
      .verified('inventory', 'inv1')
      .deployed('inventory', 'inv1', 'production')
      .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']], { branch: 'main' })
      .deployed('cart', 'c1', 'production')
      .spec(
        'inventory',
        [
          ['get', '/items/{id}'],
          ['get', '/gadgets/{id}'],
        ],
        { version: 'inv2', branch: 'main' },
      )
      .contract('cart', 'c2', 'inventory', [['get', '/gadgets/{id}']], { branch: 'main' })
      .contract('cart', 'w1', 'inventory', [['get', '/widgets/{id}']], { branch: 'feat-widgets' })
      .contract('web', 'x1', 'cart', [['get', '/carts/{id}']], { branch: 'feat-only' })
      .build();
  });
  afterAll(() => broker.close());

  const graph = async (query = '') => {
    const response = await broker.api({ method: 'GET', url: `/graph${query}` });
    expect(response.statusCode).toBe(200);
    return response.json<Graph>();
  };

  it('judges main branches by default, and lists newer feature-branch results apart', async () => {
    const main = await graph();
    expect(main.lens).toEqual({ kind: 'main', environment: null });
    // Without the lens the newest contract (w1, unknown endpoint) would colour cart → inventory red.
    // web has no main branch (only feat-only, which does not set one): its newest contract is all there is.
    expect(brief(main.integrations)).toEqual([
      'cart@c2 → inventory@inv2: compatible',
      'web@x1 → cart@null: unknown',
    ]);
    expect(brief(main.featureBranches)).toEqual(['cart@w1 → inventory@inv2: incompatible']);
    expect(main.featureBranches.map((e) => e.consumerBranch)).toEqual(['feat-widgets']);
    // Each service with when it last published and was last verified (inventory only: it is the verified one).
    const when = Object.fromEntries(
      main.services.map((s) => [s.name, [!!s.lastPublishedAt, !!s.lastVerifiedAt]]),
    );
    expect(when).toEqual({ cart: [true, false], inventory: [true, true], web: [true, false] });
    expect(Date.parse(main.services[0]!.lastPublishedAt!)).toBeGreaterThan(Date.now() - 600_000);
  });

  it('judges what runs in an environment by ?environment=, as the deploy guard would', async () => {
    const production = await graph('?environment=production');
    expect(production.lens).toEqual({ kind: 'environment', environment: 'production' });
    expect(brief(production.integrations)).toEqual(['cart@c1 → inventory@inv1: compatible']);
    expect(production.featureBranches).toEqual([]);
  });

  it('shows a deployed pair whose provider version is unverified as unknown, and the worst of several pairs', async () => {
    await given(broker)
      .environment('staging')
      .deployed('inventory', 'inv2', 'staging')
      .deployed('cart', 'c2', 'staging')
      .build();
    expect(brief((await graph('?environment=staging')).integrations)).toEqual([
      'cart@c2 → inventory@inv2: unknown',
    ]);
    await given(broker).verified('inventory', 'inv2').build();
    expect(brief((await graph('?environment=staging')).integrations)).toEqual([
      'cart@c2 → inventory@inv2: compatible',
    ]);
    // A second instance of inventory runs inv1 there (no gadgets): the edge shows that incompatible pair.
    await broker.api({
      method: 'POST',
      url: '/environments/staging/deployments',
      payload: { service: 'inventory', version: 'inv1', applicationInstance: 'blue' },
    });
    expect(brief((await graph('?environment=staging')).integrations)).toEqual([
      'cart@c2 → inventory@inv1: incompatible',
    ]);
  });

  it('refuses an unknown environment with a 404 problem and a bad name with a 400', async () => {
    const unknown = await broker.api({ method: 'GET', url: '/graph?environment=moon' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'environment.not-found' });
    const bad = await broker.api({ method: 'GET', url: '/graph?environment=a%20b' });
    expect(bad.statusCode).toBe(400);
  });
});
