import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { contentSha } from '../documents/document-store.js';
import { openApiDocument } from '../openapi/openapi-document.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { asyncApiSpec } from '../testing/message-documents.js';
import { testEngine } from '../testing/test-engine.js';
import { productPact, productSpec } from './testing-products.js';

interface Answer {
  impact: {
    broken: boolean;
    changes: Array<{
      change: { propertyPath?: string };
      verdict: string;
      breaks: unknown[];
      message: string;
    }>;
    consumers: Array<{ consumer: string; version: string; verdict: string; environments?: string[] }>;
  };
  selection: object;
  base: { version: string | null };
}

describe('/api/v1/services/{name}/spec-impact and /usage', () => {
  let broker: TestBroker;
  const recorded: object[] = [];
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await broker.api({ method, url, ...(payload ? { payload } : {}) });
    const [path, query] = url.split('?');
    recorded.push({
      description: `${method} ${url} ${recorded.length}`,
      request: {
        method,
        path: `/api/v1${path}`,
        ...(query ? { query } : {}),
        ...(payload ? { headers: { 'Content-Type': 'application/json' }, body: payload } : {}),
      },
      response: {
        status: response.statusCode,
        headers: { 'Content-Type': String(response.headers['content-type']) },
        body: response.json(),
      },
    });
    return response;
  };
  const impact = async (payload: object) => {
    const response = await call('POST', '/services/product-search/spec-impact', payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Answer>();
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    const steps: Array<[string, object]> = [
      ['/environments', { name: 'production', production: true }],
      ['/services/product-search/specs', { content: productSpec(), version: 'p1' }],
      ['/contracts', { content: productPact('shopping-cart'), consumerVersion: 'c2', branch: 'main' }],
      ['/contracts', { content: productPact('catalogue'), consumerVersion: 'k7', branch: 'main' }],
      // A feature branch of the catalogue also reads the description: it counts only when asked for.
      [
        '/contracts',
        {
          content: productPact('catalogue', { description: 'shiny' }),
          consumerVersion: 'k8',
          branch: 'feature',
        },
      ],
      ['/environments/production/deployments', { service: 'shopping-cart', version: 'c2' }],
    ];
    for (const [url, payload] of steps) {
      const response = await broker.api({ method: 'POST', url, payload });
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    }
  });
  afterAll(() => broker.close());

  it('removing a field one consumer reads breaks that consumer only (consumers on their main branch)', async () => {
    const answer = await impact({ content: productSpec('inStock') });
    expect(answer.base.version).toBe('p1');
    expect(answer.impact.broken).toBe(true);
    expect(answer.impact.consumers.map((c) => [c.consumer, c.version, c.verdict])).toEqual([
      ['shopping-cart', 'c2', 'broken'],
      ['catalogue', 'k7', 'compatible'],
    ]);
    const removal = answer.impact.changes.find((c) => c.change.propertyPath === 'items[].inStock')!;
    expect(removal).toMatchObject({
      verdict: 'breaks',
      message: 'breaks shopping-cart@c2 (main branch main)',
    });
  });

  it('removing a field nobody reads is breaking in theory, unused: safe to ship', async () => {
    const answer = await impact({ content: JSON.stringify(productSpec('description')) });
    expect(answer.impact.broken).toBe(false);
    const removals = answer.impact.changes.filter((c) => c.change.propertyPath?.endsWith('description'));
    expect(removals.length).toBeGreaterThan(0);
    for (const removal of removals) expect(removal.verdict).toBe('unused');
  });

  it('counts the versions deployed in an environment, or the latest on a branch, when asked', async () => {
    const deployed = await impact({ content: productSpec('inStock'), environment: 'production' });
    expect(deployed.selection).toEqual({ environment: 'production' });
    expect(deployed.impact.consumers).toMatchObject([
      { consumer: 'shopping-cart', version: 'c2', verdict: 'broken', environments: ['production'] },
    ]);
    const feature = await impact({ content: productSpec('description'), branch: 'feature' });
    expect(feature.impact.broken).toBe(true);
    expect(feature.impact.consumers.map((c) => [c.consumer, c.version, c.verdict])).toEqual([
      ['catalogue', 'k8', 'broken'],
    ]);
  });

  it('stores nothing: the latest spec is unchanged', async () => {
    await impact({ content: productSpec('inStock') });
    const latest = await broker.api({ method: 'GET', url: '/services/product-search/specs/latest' });
    expect(latest.json<{ version: string; contentSha: string }>().version).toBe('p1');
    const listed = await broker.api({ method: 'GET', url: '/services/product-search/specs' });
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('GET /usage names the consumers of each response property, unused ones with none', async () => {
    const response = await call('GET', '/services/product-search/usage');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      usage: {
        operations: Array<{
          path: string;
          responses: Array<{
            content: Array<{ properties: Array<{ path: string; usedBy: Array<{ consumer: string }> }> }>;
          }>;
        }>;
      };
      consumers: Array<{ consumer: string }>;
    }>();
    expect(body.consumers.map((c) => c.consumer)).toEqual(['shopping-cart', 'catalogue']);
    const properties = body.usage.operations.find((o) => o.path === '/products')!.responses[0]!.content[0]!
      .properties;
    const users = (path: string) => properties.find((p) => p.path === path)!.usedBy.map((r) => r.consumer);
    expect(users('items[].inStock')).toEqual(['shopping-cart']);
    expect(users('items[].price')).toEqual(['catalogue']);
    expect(users('items[].description')).toEqual([]);
    const onFeature = await call('GET', '/services/product-search/usage?branch=feature');
    expect(
      onFeature.json<{ consumers: Array<{ version: string }> }>().consumers.map((c) => c.version),
    ).toEqual(['k8']);
  });

  it('answers problem+json: unknown service or environment 404, no spec 404, bad body 400, invalid spec 422', async () => {
    const cases: Array<[string, object | undefined, number, string]> = [
      ['/services/ghost/spec-impact', { content: productSpec() }, 404, 'service.not-found'],
      ['/services/shopping-cart/spec-impact', { content: productSpec() }, 404, 'spec.not-found'],
      // An AsyncAPI candidate has no base while the provider has published OpenAPI only: never diffed across kinds.
      [
        '/services/product-search/spec-impact',
        { content: asyncApiSpec({ type: 'object' }) },
        404,
        'spec.not-found',
      ],
      [
        '/services/product-search/spec-impact',
        { content: productSpec(), environment: 'moon' },
        404,
        'environment.not-found',
      ],
      ['/services/product-search/spec-impact', { content: productSpec(), stored: true }, 400, ''],
      ['/services/product-search/spec-impact', {}, 400, ''],
      ['/services/product-search/spec-impact', { content: 'openapi: [' }, 422, ''],
    ];
    for (const [url, payload, status, code] of cases) {
      const response = await call('POST', url, payload);
      expect(response.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      if (code) expect(response.json<{ code: string }>().code).toBe(code);
    }
    const usage = await call('GET', '/services/ghost/usage');
    expect(usage.statusCode).toBe(404);
  });

  // Signet's own API is contract-tested by Signet: the answers above, as a Pact, pass against the document.
  it('answers as its OpenAPI description says', async () => {
    expect(recorded.length).toBeGreaterThan(10);
    const pact = {
      consumer: { name: 'signet-cli' },
      provider: { name: 'signet-broker' },
      interactions: recorded,
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const limits = { maxBytes: 10 * 1024 * 1024 };
    const text = JSON.stringify(openApiDocument());
    const result = await testEngine.compare(
      { sha: contentSha(text), text },
      testEngine.parseContract(JSON.stringify(pact), limits),
    );
    expect(result.findings.filter((finding) => finding.type === 'error')).toEqual([]);
  });
});

describe('spec impact limits and roles', () => {
  let broker: TestBroker;
  const admin = 'bootstrap-admin-token-for-tests';
  beforeAll(async () => {
    broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken(admin) },
      limits: { maxDocumentBytes: 4_000 },
    });
    const as = { authorization: `Bearer ${admin}` };
    await broker.api({
      method: 'POST',
      url: '/services/product-search/specs',
      payload: { content: productSpec() },
      headers: as,
    });
  });
  afterAll(() => broker.close());

  it('needs a token with a role (401 without), and refuses a candidate above the document limit (413)', async () => {
    const anonymous = await broker.api({
      method: 'POST',
      url: '/services/product-search/spec-impact',
      payload: { content: productSpec() },
    });
    expect(anonymous.statusCode).toBe(401);
    const read = (
      await broker.api({
        method: 'POST',
        url: '/tokens',
        payload: { name: 'r', role: 'read' },
        headers: { authorization: `Bearer ${admin}` },
      })
    ).json<{ token: string }>().token;
    const headers = { authorization: `Bearer ${read}` };
    const big = { ...productSpec(), 'x-padding': 'x'.repeat(5_000) };
    const tooLarge = await broker.api({
      method: 'POST',
      url: '/services/product-search/spec-impact',
      payload: { content: big },
      headers,
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json<{ code: string }>().code).toBe('spec.too-large');
    const ok = await broker.api({
      method: 'POST',
      url: '/services/product-search/spec-impact',
      payload: { content: productSpec() },
      headers,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Answer>().impact).toMatchObject({ changes: [], consumers: [], broken: false });
  });
});
