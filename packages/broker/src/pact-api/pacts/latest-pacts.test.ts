import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { testEngine } from '../../testing/test-engine.js';
import { publishContracts } from '../publish/publish-contracts.js';
import { pactFiles } from '../testing/pact-files.js';
import { openTestStore } from '../testing/test-store.js';
import { findLatestPacts, findLatestProviderPacts } from './latest-pacts.js';

describe('latest pacts, without HTTP', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  const publish = (consumer: string, version: string, provider: string, tags: string[] = []) =>
    publishContracts(deps, {
      pacticipantName: consumer,
      pacticipantVersionNumber: version,
      tags,
      contracts: [{ consumer, provider, text: JSON.stringify(pactFiles.v3(consumer, provider, version)) }],
    });
  const names = (pacts: Array<{ consumer: string; consumerVersion: string }>) =>
    pacts.map((pact) => `${pact.consumer}@${pact.consumerVersion}`);

  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    await publish('web', 'w1', 'inventory', ['prod']);
    await publish('web', 'w2', 'inventory');
    await publish('mobile', 'm1', 'inventory', ['prod']);
    await publish('mobile', 'm1', 'billing');
  });
  afterAll(() => close?.());

  it("gives each consumer's newest pact with a provider, or its newest with a tag", async () => {
    expect(names(await findLatestProviderPacts(deps.store, 'inventory'))).toEqual(['web@w2', 'mobile@m1']);
    expect(names(await findLatestProviderPacts(deps.store, 'inventory', 'prod'))).toEqual([
      'web@w1',
      'mobile@m1',
    ]);
    expect(await findLatestProviderPacts(deps.store, 'inventory', 'nobody-has-it')).toEqual([]);
  });

  it('lists the newest pact of every integration, providers in name order', async () => {
    const pacts = await findLatestPacts(deps.store);
    expect(pacts.map((pact) => `${pact.provider}:${pact.consumer}@${pact.consumerVersion}`)).toEqual([
      'billing:mobile@m1',
      'inventory:web@w2',
      'inventory:mobile@m1',
    ]);
  });

  it('is a 404 for an unknown provider', async () => {
    await expect(findLatestProviderPacts(deps.store, 'nobody')).rejects.toThrow(NotFoundError);
  });
});
