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
