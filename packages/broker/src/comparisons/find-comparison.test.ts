import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerError } from '../errors/broker-error.js';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { findComparison } from './find-comparison.js';

let broker: TestBroker;
beforeAll(async () => {
  broker = await startTestBroker();
  await given(broker)
    .spec('orders', [['get', '/orders']], { version: 'o1' })
    .contract('web', 'w1', 'orders', [['get', '/orders']])
    .build();
});
afterAll(() => broker.close());

describe('findComparison', () => {
  it('answers the comparison of a contract content with a spec content, with its findings', async () => {
    const [contract] = (await broker.deps.store.contracts.list({}, { limit: 1 })).items;
    const orders = await broker.deps.store.services.find('orders');
    const spec = await broker.deps.store.specs.latest(orders!.id);
    const comparison = await findComparison(broker.deps.store, contract!.contentSha, spec!.contentSha);
    expect(comparison).toMatchObject({ contractSha: contract!.contentSha, specSha: spec!.contentSha });
    expect(Array.isArray(comparison.findings)).toBe(true);
  });

  it('is a 404 for a pair never compared', async () => {
    const error = await findComparison(broker.deps.store, 'a'.repeat(64), 'b'.repeat(64)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BrokerError);
    expect((error as BrokerError).code).toBe('comparison.not-found');
  });
});
