import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi/openapi-document.js';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { contentSha } from '../documents/document-store.js';
import { testEngine } from '../testing/test-engine.js';

describe('/api/v1/services/{name}/specs/latest/operations', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .spec(
        'inventory',
        [
          ['get', '/items/{id}'],
          ['post', '/items'],
        ],
        { version: 'i2' },
      )
      .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']])
      .build();
  });
  afterAll(() => broker.close());

  it("lists the latest spec's operations with parameters and responses", async () => {
    const response = await broker.api({ method: 'GET', url: '/services/inventory/specs/latest/operations' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      operations: Array<{ method: string; path: string; parameters: unknown; responses: unknown[] }>;
    }>();
    expect(body).toMatchObject({
      service: 'inventory',
      version: 'i2',
      format: 'openapi-3.0',
      title: 'inventory',
    });
    expect(body.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /items/{id}', 'post /items']);
    expect(body.operations[0]!.parameters).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: expect.objectContaining({ type: expect.anything() }),
      },
    ]);
    expect(body.operations[0]!.responses[0]).toMatchObject({
      status: '200',
      contentTypes: ['application/json'],
      schema: { type: 'object' },
      content: [{ contentType: 'application/json', schema: { type: 'object' } }],
    });
  });

  it('404s a service without a spec, and an unknown service', async () => {
    const cart = await broker.api({ method: 'GET', url: '/services/cart/specs/latest/operations' });
    expect(cart.statusCode).toBe(404);
    expect(cart.json().code).toBe('spec.not-found');
    const ghost = await broker.api({ method: 'GET', url: '/services/ghost/specs/latest/operations' });
    expect(ghost.json().code).toBe('service.not-found');
  });

  // Signet's own API is contract-tested by Signet: the real answers, recorded as a Pact, pass against the document.
  it('answers as its OpenAPI description says', async () => {
    const interactions = [];
    for (const service of ['inventory', 'cart', 'ghost']) {
      const url = `/services/${service}/specs/latest/operations`;
      const response = await broker.api({ method: 'GET', url });
      interactions.push({
        description: `GET ${url}`,
        request: { method: 'GET', path: `/api/v1${url}` },
        response: {
          status: response.statusCode,
          headers: { 'Content-Type': String(response.headers['content-type']) },
          body: response.json(),
        },
      });
    }
    const pact = {
      consumer: { name: 'signet-web' },
      provider: { name: 'signet-broker' },
      interactions,
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const limits = { maxBytes: 10 * 1024 * 1024 };
    const text = JSON.stringify(openApiDocument());
    const spec = { sha: contentSha(text), text };
    const result = await testEngine.compare(spec, testEngine.parseContract(JSON.stringify(pact), limits));
    expect(result.findings.filter((finding) => finding.type === 'error')).toEqual([]);
  });
});
