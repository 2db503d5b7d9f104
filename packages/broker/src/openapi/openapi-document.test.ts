import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeGroups } from '../app.js';
import { given } from '../testing/builder.js';
import { pactContract } from '../testing/documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { contentSha } from '../documents/document-store.js';
import { testEngine } from '../testing/test-engine.js';

const stored = (text: string) => ({ sha: contentSha(text), text });

const limits = { maxBytes: 10 * 1024 * 1024 };

describe('/api/v1/openapi.json', () => {
  let broker: TestBroker;
  let document: Record<string, Record<string, unknown>>;
  beforeAll(async () => {
    broker = await startTestBroker();
    document = (await broker.api({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(() => broker.close());

  it('is an OpenAPI 3.1 document that Signet itself loads', async () => {
    const spec = await testEngine.describeSpec(stored(JSON.stringify(document)), limits);
    expect(spec.format).toBe('openapi-3.1');
    expect(spec.operations.length).toBeGreaterThan(20);
  });

  it('describes exactly the routes the broker serves', async () => {
    const served: string[] = [];
    const probe = Fastify();
    probe.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') served.push(`${method.toLowerCase()} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      }
    });
    await probe.register(
      (api, _options, done) => {
        for (const routes of routeGroups) routes(api, broker.deps);
        done();
      },
      { prefix: '/api/v1' },
    );
    const described = Object.entries(document['paths'] as Record<string, object>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(described.sort()).toEqual(served.sort());
    await probe.close();
  });

  // Signet's own API is contract-tested by Signet: real responses, recorded as a Pact, must pass comparison.
  it('declares every field the broker actually answers with', async () => {
    await given(broker)
      .environment('production')
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .verified('inventory', 'i1')
      .deployed('inventory', 'i1', 'production')
      .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']], { branch: 'main' })
      .contract('ads', 'a1', 'inventory', [['get', '/gadgets/{id}']])
      .build();
    const contractId = (await broker.api({ method: 'GET', url: '/contracts' })).json<{
      items: Array<{ id: number }>;
    }>().items[0]!.id;
    // The ads contract fails its comparison, so the findings are there to check too.
    const failed = (await broker.api({ method: 'GET', url: '/matrix?consumer=ads' })).json<{
      items: Array<{ contractSha: string; specSha: string }>;
    }>().items[0]!;
    const requests: Array<{ method: 'GET' | 'POST'; url: string; payload?: object }> = [
      { method: 'GET', url: '/services' },
      { method: 'GET', url: '/services/cart' },
      { method: 'GET', url: '/services/cart/versions' },
      { method: 'GET', url: '/services/cart/versions/c1' },
      { method: 'GET', url: '/services/inventory/versions/i1/verifications' },
      { method: 'GET', url: '/services/inventory/verification-summaries' },
      { method: 'GET', url: '/services/inventory/specs' },
      { method: 'GET', url: '/services/inventory/specs/latest' },
      { method: 'GET', url: '/services/inventory/specs?version=i1' },
      { method: 'GET', url: '/services/inventory/versions/i1/spec' },
      { method: 'GET', url: '/services/cart/versions/c1/spec' },
      { method: 'GET', url: '/contracts' },
      { method: 'GET', url: `/contracts/${contractId}` },
      { method: 'GET', url: '/environments' },
      { method: 'GET', url: '/environments/production/deployed-versions' },
      { method: 'GET', url: '/deploy-guard?service=cart&version=c1&environment=production' },
      { method: 'GET', url: '/deploy-guard?service=ads&version=a1&environment=production' },
      { method: 'GET', url: '/deploy-guard?service=inventory&version=i1&environment=production' },
      { method: 'GET', url: `/comparisons/${failed.contractSha}/${failed.specSha}` },
      { method: 'GET', url: '/services/inventory/specs/latest/operations' },
      { method: 'GET', url: '/events' },
      { method: 'GET', url: '/services/ghost' },
      { method: 'GET', url: '/graph' },
      { method: 'GET', url: '/matrix' },
      { method: 'POST', url: '/tokens', payload: { name: 'ci', role: 'write' } },
      { method: 'GET', url: '/tokens' },
      { method: 'GET', url: '/whoami' },
      { method: 'POST', url: '/environments', payload: { name: 'staging', production: false } },
      {
        method: 'POST',
        url: '/webhooks',
        payload: { events: ['spec.published'], url: 'https://hooks.example/signet', secret: 'a-long-secret' },
      },
      { method: 'GET', url: '/webhooks' },
      {
        method: 'POST',
        url: '/contracts',
        payload: {
          content: pactContract('cart', 'inventory', [['get', '/items/{id}']]),
          consumerVersion: 'c2',
        },
      },
    ];
    const interactions = [];
    const refused: string[] = [];
    for (const request of requests) {
      const response = await broker.api(request);
      if (response.statusCode >= 400) refused.push(request.url);
      const [path, query] = request.url.split('?');
      interactions.push({
        description: `${request.method} ${request.url}`,
        request: {
          method: request.method,
          path: `/api/v1${path}`,
          ...(query ? { query } : {}),
          ...(request.payload
            ? { headers: { 'Content-Type': 'application/json' }, body: request.payload }
            : {}),
        },
        response: {
          status: response.statusCode,
          headers: { 'Content-Type': String(response.headers['content-type']) },
          body: response.json(),
        },
      });
    }
    // Only the deliberate 404s (no such service; a version without a spec): the rest are successes.
    expect(refused).toEqual(['/services/cart/versions/c1/spec', '/services/ghost']);
    const pact = {
      consumer: { name: 'signet-web' },
      provider: { name: 'signet-broker' },
      interactions,
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const spec = stored(JSON.stringify(document));
    const result = await testEngine.compare(spec, testEngine.parseContract(JSON.stringify(pact), limits));
    expect(result.findings.filter((finding) => finding.type === 'error')).toEqual([]);
    expect(result.compatible).toBe(true);
  });
});
