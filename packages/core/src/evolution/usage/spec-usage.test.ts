import { describe, expect, it } from 'vitest';
import { parseContract } from '../../contracts/index.js';
import { load } from '../testing-specs.js';
import { productConsumers, productPact, productSpec, searchOperation } from '../testing-products.js';
import { usage } from './spec-usage.js';

const names = (refs: Array<{ consumer: string }>) => refs.map((r) => r.consumer).sort();

describe('usage(spec, contracts)', () => {
  it('names, for each response property, the consumers whose expected body mentions it', async () => {
    const spec = await load(productSpec());
    const result = usage(spec, productConsumers());
    const search = result.operations.find((o) => o.path === '/products')!;
    expect(names(search.usedBy)).toEqual(['catalogue', 'shopping-cart']);
    const json = search.responses.find((r) => r.status === '200')!.content[0]!;
    const byPath = Object.fromEntries(json.properties.map((p) => [p.path, names(p.usedBy)]));
    expect(byPath).toEqual({
      items: ['catalogue', 'shopping-cart'],
      'items[].id': ['catalogue', 'shopping-cart'],
      'items[].name': ['catalogue', 'shopping-cart'],
      'items[].price': ['catalogue'],
      'items[].inStock': ['shopping-cart'],
      'items[].description': [],
    });
    expect(json.usedBy[0]).toMatchObject({
      version: expect.any(String),
      interaction: expect.stringContaining('searches'),
      index: 0,
    });
  });

  it('lists unused operations, statuses and parameters with no consumers', async () => {
    const spec = await load(productSpec());
    const result = usage(spec, productConsumers());
    const byId = result.operations.find((o) => o.path === '/products/{id}')!;
    expect(byId.usedBy).toEqual([]);
    expect(byId.responses.map((r) => [r.status, r.usedBy.length])).toEqual([
      ['200', 0],
      ['404', 0],
    ]);
    const search = result.operations.find((o) => o.path === '/products')!;
    expect(search.parameters.map((p) => [p.name, names(p.usedBy)])).toEqual([
      ['q', ['catalogue', 'shopping-cart']],
    ]);
  });

  it('counts a field a matching rule names, and reports an interaction no operation takes as unrouted', async () => {
    const spec = await load(productSpec());
    const pact = productPact('rules', {});
    pact.interactions[0]!.response.matchingRules!.body['$.items[*].price'] = {
      matchers: [{ match: 'type' }],
    };
    pact.interactions.push({
      description: 'orders',
      request: { method: 'GET', path: '/orders' },
      response: { status: 200 },
    });
    const result = usage(spec, [{ consumer: 'rules', contract: parseContract(pact) }]);
    const json = result.operations[0]!.responses[0]!.content[0]!;
    expect(json.properties.find((p) => p.path === 'items[].price')!.usedBy).toHaveLength(1);
    expect(json.properties.find((p) => p.path === 'items[].inStock')!.usedBy).toHaveLength(0);
    expect(result.unrouted).toEqual([{ consumer: 'rules', interaction: 'orders', index: 1 }]);
  });

  it('records request parameters and headers by what the interaction sends', async () => {
    const doc = productSpec();
    const get = searchOperation(doc);
    get.parameters.push(
      { name: 'X-Tenant', in: 'header', schema: { type: 'string' } },
      { name: 'page', in: 'query', schema: { type: 'integer' } },
    );
    const pact = productPact('tenant', { name: 'x' });
    pact.interactions[0]!.request.headers = { 'x-tenant': 'acme' };
    const result = usage(await load(doc), [{ consumer: 'tenant', contract: parseContract(pact) }]);
    const params = result.operations[0]!.parameters.map((p) => [p.in, p.name, p.usedBy.length]);
    expect(params).toEqual([
      ['query', 'q', 1],
      ['header', 'X-Tenant', 1],
      ['query', 'page', 0],
    ]);
  });
});
