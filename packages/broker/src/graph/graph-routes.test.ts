import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

describe('/api/v1/graph', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  it('is empty on a new broker', async () => {
    expect((await broker.api({ method: 'GET', url: '/graph' })).json()).toEqual({
      services: [],
      integrations: [],
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
});
