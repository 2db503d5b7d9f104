import { parseContract } from '../contracts/index.js';
import type { Contract } from '../contracts/model.js';

/**
 * Test helper: Fowler's product search example as an OpenAPI 3.0 document — `GET /products?q=` answering
 * `{ items: Product[] }` and `GET /products/{id}` — and two consumers that read different fields of a product.
 */
export function productSpec(
  change: (product: { properties: Record<string, unknown>; required: string[] }) => void = () => {},
): Record<string, unknown> {
  const product = {
    type: 'object',
    required: ['id', 'name', 'price', 'inStock', 'description'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      price: { type: 'number' },
      inStock: { type: 'boolean' },
      description: { type: 'string' },
    },
  };
  change(product);
  return {
    openapi: '3.0.3',
    info: { title: 'products', version: '1' },
    paths: {
      '/products': {
        get: {
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'matches',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['items'],
                    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Product' } } },
                  },
                },
              },
            },
          },
        },
      },
      '/products/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'one',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Product' } } },
            },
            '404': { description: 'none' },
          },
        },
      },
    },
    components: { schemas: { Product: product } },
  };
}

/** The parts of a Pact v3 document the product tests touch. */
export interface ProductPact {
  consumer: { name: string };
  provider: { name: string };
  interactions: Array<{
    description: string;
    request: {
      method: string;
      path: string;
      query?: Record<string, string[]>;
      headers?: Record<string, string>;
    };
    response: {
      status: number;
      headers?: Record<string, string>;
      body?: { items: Array<Record<string, unknown>> };
      matchingRules?: { body: Record<string, unknown> };
    };
  }>;
  metadata: Record<string, unknown>;
}

/** The search operation of {@link productSpec}'s document, for tests that edit it. */
export function searchOperation(document: Record<string, unknown>): {
  parameters: unknown[];
  responses: Record<
    string,
    { content: Record<string, { schema: { properties: { items: Record<string, unknown> } } }> }
  >;
} {
  return (document.paths as Record<string, { get: ReturnType<typeof searchOperation> }>)['/products']!.get;
}

/** A Pact v3 document of `consumer` searching products and reading `fields` of each. */
export function productPact(consumer: string, fields: Record<string, unknown>): ProductPact {
  return {
    consumer: { name: consumer },
    provider: { name: 'product-search' },
    interactions: [
      {
        description: `${consumer} searches products`,
        request: { method: 'GET', path: '/products', query: { q: ['gadget'] } },
        response: {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { items: [{ id: 'p1', ...fields }] },
          matchingRules: { body: { '$.items': { matchers: [{ match: 'type', min: 1 }] } } },
        },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

/** The shopping cart reads whether a product is in stock; the catalogue reads its price. */
export function productConsumers(): Array<{ consumer: string; version: string; contract: Contract }> {
  return [
    {
      consumer: 'shopping-cart',
      version: 'c2',
      contract: parseContract(productPact('shopping-cart', { name: 'Gadget', inStock: true })),
    },
    {
      consumer: 'catalogue',
      version: 'k7',
      contract: parseContract(productPact('catalogue', { name: 'Gadget', price: 9.5 })),
    },
  ];
}
