import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { errorCodeOf as codeOf } from '../testing/error-code.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { findContract, listContracts } from './find-contracts.js';

let broker: TestBroker;
beforeAll(async () => {
  broker = await startTestBroker();
  await given(broker)
    .contract('web', 'w1', 'orders', [['get', '/orders']])
    .contract('web', 'w2', 'orders', [['get', '/orders/{id}']])
    .contract('mobile', 'm1', 'orders', [['get', '/orders']])
    .build();
});
afterAll(() => broker.close());

describe('listContracts', () => {
  it('narrows by consumer, provider and consumer version, each name looked up', async () => {
    const page = { limit: 100 };
    expect((await listContracts(broker.deps.store, {}, page)).items).toHaveLength(3);
    expect((await listContracts(broker.deps.store, { consumer: 'web' }, page)).items).toHaveLength(2);
    const one = await listContracts(broker.deps.store, { consumer: 'web', consumerVersion: 'w1' }, page);
    expect(one.items.map((contract) => contract.consumerVersion)).toEqual(['w1']);
    expect((await listContracts(broker.deps.store, { provider: 'orders' }, page)).items).toHaveLength(3);
  });

  it('refuses names nobody has rather than answering an empty list', async () => {
    const page = { limit: 100 };
    expect(await codeOf(listContracts(broker.deps.store, { consumer: 'nobody' }, page))).toBe(
      '404 service.not-found',
    );
    expect(await codeOf(listContracts(broker.deps.store, { provider: 'nobody' }, page))).toBe(
      '404 service.not-found',
    );
    expect(
      await codeOf(listContracts(broker.deps.store, { consumer: 'web', consumerVersion: 'w9' }, page)),
    ).toBe('404 version.not-found');
  });
});

describe('findContract', () => {
  it('answers the contract with its stored text, and 404 for an unknown id', async () => {
    const [first] = (await listContracts(broker.deps.store, { consumer: 'mobile' }, { limit: 1 })).items;
    const found = await findContract(broker.deps.store, first!.id);
    expect(found.contract.id).toBe(first!.id);
    expect(JSON.parse(found.content!)).toMatchObject({ consumer: { name: 'mobile' } });
    expect(await codeOf(findContract(broker.deps.store, 999_999))).toBe('404 contract.not-found');
  });
});
