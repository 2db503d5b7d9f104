import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract } from '../contracts/publish-contract.js';
import { publishVerificationResult } from '../pact-api/verification-results/verification-result-service.js';
import { pactFiles } from '../pact-api/testing/pact-files.js';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { edgeStatus } from './service-graph.js';

describe('/api/v1/graph', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  it('is empty on a new broker', async () => {
    expect((await broker.api({ method: 'GET', url: '/graph' })).json()).toEqual({
      lens: { kind: 'main', environment: null },
      services: [],
      integrations: [],
      featureBranches: [],
    });
  });

  it("shows SPEC §2's four services and three integrations, each coloured by its newest contract", async () => {
    await given(broker)
      .spec('inventory_service', [['get', '/api/items/{id}']])
      .spec('shopping_cart_service', [['get', '/api/carts/{id}']])
      .contract('advertising_service', 'a1', 'shopping_cart_service', [['get', '/api/carts/{id}']])
      .contract('shopping_cart_service', 's1', 'inventory_service', [['get', '/api/items/{id}']])
      .contract('shopping_cart_service', 's2', 'inventory_service', [['get', '/api/gadgets/{id}']])
      .contract('shopping_cart_service', 's1', 'payments_service', [['post', '/api/payments']])
      .build();
    const graph = (await broker.api({ method: 'GET', url: '/graph' })).json<{
      services: Array<{ name: string }>;
      integrations: Array<{ consumer: string; provider: string; status: string }>;
    }>();
    expect(graph.services.map((service) => service.name)).toEqual([
      'advertising_service',
      'inventory_service',
      'payments_service',
      'shopping_cart_service',
    ]);
    expect(graph.integrations.map(({ consumer, provider, status }) => [consumer, provider, status])).toEqual([
      ['advertising_service', 'shopping_cart_service', 'compatible'],
      ['shopping_cart_service', 'inventory_service', 'incompatible'],
      ['shopping_cart_service', 'payments_service', 'unknown'],
    ]);
  });

  it('narrows to one integration, or to one consumer, with only the services they name', async () => {
    const narrowed = async (query: string) => {
      const graph = (await broker.api({ method: 'GET', url: `/graph?${query}` })).json<{
        services: Array<{ name: string }>;
        integrations: Array<{ consumer: string; provider: string; status: string }>;
      }>();
      return [
        graph.services.map((s) => s.name),
        graph.integrations.map((i) => `${i.consumer}→${i.provider}`),
      ];
    };
    expect(await narrowed('consumer=shopping_cart_service&provider=inventory_service')).toEqual([
      ['inventory_service', 'shopping_cart_service'],
      ['shopping_cart_service→inventory_service'],
    ]);
    expect(await narrowed('consumer=shopping_cart_service')).toEqual([
      ['inventory_service', 'payments_service', 'shopping_cart_service'],
      ['shopping_cart_service→inventory_service', 'shopping_cart_service→payments_service'],
    ]);
    expect(await narrowed('consumer=nobody&provider=inventory_service')).toEqual([['inventory_service'], []]);
    expect((await broker.api({ method: 'GET', url: '/graph?consumer=' })).statusCode).toBe(400);
  });

  it('colours Pact-only integrations by the Pact verifier result of their newest pact content', async () => {
    const pact = async (consumer: string, version: string, path: string) =>
      (
        await publishContract(broker.deps, {
          content: JSON.stringify(pactFiles.v3(consumer, 'pact_api', path)),
          consumerVersion: version,
        })
      ).contract.contentSha;
    const verify = (consumer: string, sha: string, success: boolean) =>
      publishVerificationResult(broker.deps, {
        provider: 'pact_api',
        consumer,
        sha,
        success,
        providerVersion: 'p1',
        testResults: [],
      });
    await verify('pact_web', await pact('pact_web', 'w1', 'one'), true);
    await verify('pact_mobile', await pact('pact_mobile', 'm1', 'one'), false);
    const statuses = async () =>
      Object.fromEntries(
        (await broker.api({ method: 'GET', url: '/graph' }))
          .json<{ integrations: Array<{ consumer: string; provider: string; status: string }> }>()
          .integrations.filter((row) => row.provider === 'pact_api')
          .map((row) => [row.consumer, row.status]),
      );
    expect(await statuses()).toEqual({ pact_web: 'compatible', pact_mobile: 'incompatible' });
    // New content nobody verified yet: the old result says nothing about it.
    await pact('pact_web', 'w2', 'two');
    expect(await statuses()).toEqual({ pact_web: 'unknown', pact_mobile: 'incompatible' });
  });

  it('answers a kept graph only while nothing was written: each deployment shows at once in its lens', async () => {
    await given(broker)
      .environment('cache-env')
      .spec('cache_provider', [['get', '/api/things/{id}']], { version: 'p1' })
      .contract('cache_consumer', 'c1', 'cache_provider', [['get', '/api/things/{id}']])
      .build();
    const inEnvironment = async () =>
      (await broker.api({ method: 'GET', url: '/graph?environment=cache-env' }))
        .json<{ integrations: Array<{ consumer: string; providerVersion: string | null }> }>()
        .integrations.map((row) => `${row.consumer}@${row.providerVersion}`);
    expect(await inEnvironment()).toEqual([]);
    expect(await inEnvironment()).toEqual([]);
    await given(broker)
      .deployed('cache_consumer', 'c1', 'cache-env')
      .deployed('cache_provider', 'p1', 'cache-env')
      .build();
    expect(await inEnvironment()).toEqual(['cache_consumer@p1']);
    const main = async () => (await broker.api({ method: 'GET', url: '/graph' })).json<unknown>();
    expect(await main()).toEqual(await main());
  });
});

describe('edgeStatus', () => {
  it('counts a Pact success, then the comparison, then a Pact failure; otherwise unknown', () => {
    expect(edgeStatus({ status: 'incompatible', pactSuccess: true })).toBe('compatible');
    expect(edgeStatus({ status: 'compatible', pactSuccess: false })).toBe('compatible');
    expect(edgeStatus({ status: 'incompatible', pactSuccess: null })).toBe('incompatible');
    expect(edgeStatus({ status: null, pactSuccess: false })).toBe('incompatible');
    expect(edgeStatus({ status: 'failed', pactSuccess: null })).toBe('unknown');
    expect(edgeStatus({ status: null, pactSuccess: null })).toBe('unknown');
  });
});
