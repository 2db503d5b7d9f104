import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { errorCodeOf as codeOf } from '../testing/error-code.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { latestSpec, listSpecs } from './find-specs.js';

let broker: TestBroker;
beforeAll(async () => {
  broker = await startTestBroker();
  await given(broker)
    .spec('orders', [['get', '/orders']], { version: 'o1' })
    .spec('orders', [['get', '/orders/{id}']], { version: 'o2' })
    .contract('web', 'w1', 'inventory', [['get', '/items']])
    .build();
});
afterAll(() => broker.close());

describe('listSpecs', () => {
  it("lists a service's specs, or only one version's", async () => {
    expect((await listSpecs(broker.deps.store, 'orders', { limit: 100 })).items).toHaveLength(2);
    const o1 = await listSpecs(broker.deps.store, 'orders', { limit: 100, version: 'o1' });
    expect(o1.items.map((spec) => spec.version)).toEqual(['o1']);
    expect((await listSpecs(broker.deps.store, 'orders', { limit: 100, version: 'o9' })).items).toEqual([]);
  });

  it('is a 404 for a service nobody published', async () => {
    expect(await codeOf(listSpecs(broker.deps.store, 'nobody', { limit: 100 }))).toBe(
      '404 service.not-found',
    );
  });
});

describe('latestSpec', () => {
  it('answers the newest spec with its text', async () => {
    const { spec, content } = await latestSpec(broker.deps.store, 'orders');
    expect(spec.version).toBe('o2');
    expect(content).toContain('/orders/{id}');
  });

  it('is a 404 for a service without a spec and for an unknown one', async () => {
    expect(await codeOf(latestSpec(broker.deps.store, 'inventory'))).toBe('404 spec.not-found');
    expect(await codeOf(latestSpec(broker.deps.store, 'nobody'))).toBe('404 service.not-found');
  });
});
