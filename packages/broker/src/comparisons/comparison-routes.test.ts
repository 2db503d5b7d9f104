import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

describe('/api/v1/comparisons/{contractSha}/{specSha}', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .spec('inventory', [['get', '/items/{id}']])
      .build();
  });
  afterAll(() => broker.close());

  it('shows a comparison with every finding', async () => {
    await given(broker)
      .contract('cart', 'c1', 'inventory', [
        ['get', '/items/{id}'],
        ['get', '/gadgets/{id}'],
      ])
      .build();
    const contract = (await broker.api({ method: 'GET', url: '/contracts?consumer=cart' })).json().items[0];
    const spec = (await broker.api({ method: 'GET', url: '/services/inventory/specs/latest' })).json();
    const response = await broker.api({
      method: 'GET',
      url: `/comparisons/${contract.contentSha}/${spec.contentSha}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      contractSha: contract.contentSha,
      specSha: spec.contentSha,
      status: 'incompatible',
      summary: { errorCount: 1 },
      findings: [
        {
          code: 'request.path-or-method.unknown',
          type: 'error',
          mockDetails: { interactionDescription: 'get /gadgets/{id}' },
        },
      ],
    });
  });

  it('404s a pair never compared and 400s something that is not a sha256', async () => {
    const missing = await broker.api({
      method: 'GET',
      url: `/comparisons/${'a'.repeat(64)}/${'b'.repeat(64)}`,
    });
    expect(missing.json()).toMatchObject({ status: 404, code: 'comparison.not-found' });
    expect((await broker.api({ method: 'GET', url: '/comparisons/xyz/abc' })).statusCode).toBe(400);
  });
});

describe('POST /api/v1/comparisons', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    // r1 is superseded on main before the spec arrives: the spec is compared with r2 only.
    await given(broker)
      .contract('shelf_reader', 'r1', 'shelf', [['get', '/shelves/{id}']], { branch: 'main' })
      .contract('shelf_reader', 'r2', 'shelf', [['get', '/books/{id}']], { branch: 'main' })
      .spec('shelf', [['get', '/shelves/{id}']])
      .spec('other', [['get', '/other']])
      .build();
  });
  afterAll(() => broker.close());

  const shaOf = async (version: string) =>
    (await broker.api({ method: 'GET', url: '/contracts?consumer=shelf_reader' }))
      .json<{ items: Array<{ consumerVersion: string; contentSha: string }> }>()
      .items.find((c) => c.consumerVersion === version)!.contentSha;
  const specOf = async (service: string) =>
    (await broker.api({ method: 'GET', url: `/services/${service}/specs/latest` })).json<{
      contentSha: string;
    }>().contentSha;
  const ask = (payload: object) => broker.api({ method: 'POST', url: '/comparisons', payload });

  it('compares a pair not compared yet (201), then answers the stored one (200)', async () => {
    const contractSha = await shaOf('r1');
    const specSha = await specOf('shelf');
    const before = await broker.api({ method: 'GET', url: `/comparisons/${contractSha}/${specSha}` });
    expect(before.json()).toMatchObject({ status: 404, code: 'comparison.not-found' });
    const created = await ask({ contractSha, specSha });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ contractSha, specSha, status: 'compatible', findings: [] });
    const again = await ask({ contractSha, specSha });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ contractSha, specSha, status: 'compatible' });
    const stored = await broker.api({ method: 'GET', url: `/comparisons/${contractSha}/${specSha}` });
    expect(stored.statusCode).toBe(200);
    const events = (await broker.api({ method: 'GET', url: '/events?service=shelf' })).json<{
      items: Array<{ type: string; payload: { contractSha?: string } }>;
    }>();
    expect(events.items.filter((e) => e.payload.contractSha === contractSha).map((e) => e.type)).toEqual([
      'comparison.succeeded',
    ]);
  });

  it('404s an unknown spec, an unknown contract and a contract that does not name the provider; 400s bad input', async () => {
    const contractSha = await shaOf('r1');
    const specSha = await specOf('shelf');
    expect((await ask({ contractSha, specSha: 'c'.repeat(64) })).json()).toMatchObject({
      status: 404,
      code: 'spec.not-found',
    });
    expect((await ask({ contractSha: 'd'.repeat(64), specSha })).json()).toMatchObject({
      status: 404,
      code: 'contract.not-found',
    });
    expect((await ask({ contractSha, specSha: await specOf('other') })).json()).toMatchObject({
      status: 404,
      code: 'comparison.unrelated-pair',
    });
    const bad = await ask({ contractSha: 'xyz', specSha });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await ask({ contractSha, specSha, extra: 1 })).statusCode).toBe(400);
  });
});
