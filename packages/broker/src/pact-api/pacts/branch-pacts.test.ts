import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { testEngine } from '../../testing/test-engine.js';
import { publishContracts } from '../publish/publish-contracts.js';
import { pactFiles } from '../testing/pact-files.js';
import { openTestStore } from '../testing/test-store.js';
import { findBranchPacts } from './branch-pacts.js';

describe('findBranchPacts: a provider’s pacts on a branch, without HTTP', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  const publish = (consumer: string, version: string, branch: string) =>
    publishContracts(deps, {
      pacticipantName: consumer,
      pacticipantVersionNumber: version,
      branch,
      contracts: [
        {
          consumer,
          provider: 'inventory',
          text: JSON.stringify(pactFiles.v3(consumer, 'inventory', version)),
        },
      ],
    });
  const versions = async (query: Parameters<typeof findBranchPacts>[1]) =>
    (await findBranchPacts(deps.store, query)).pacts.map(
      (pact) => `${pact.consumer}@${pact.consumerVersion}`,
    );

  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    await publish('web', 'w1', 'main');
    await publish('web', 'w2', 'main');
    await publish('web', 'w3', 'feat/x');
    await publish('mobile', 'm1', 'main');
  });
  afterAll(() => close?.());

  it('lists every pact on the branch, or only the newest per consumer', async () => {
    expect(await versions({ provider: 'inventory', branch: 'main', latest: false })).toEqual([
      'web@w1',
      'web@w2',
      'mobile@m1',
    ]);
    expect(await versions({ provider: 'inventory', branch: 'main', latest: true })).toEqual([
      'web@w2',
      'mobile@m1',
    ]);
    expect(
      await versions({ provider: 'inventory', consumer: 'web', branch: 'feat/x', latest: false }),
    ).toEqual(['web@w3']);
  });

  it('takes each consumer’s main branch when no branch is given', async () => {
    expect(await versions({ provider: 'inventory', latest: true })).toEqual(['web@w2', 'mobile@m1']);
  });

  it('is a 404 for an unknown provider', async () => {
    await expect(findBranchPacts(deps.store, { provider: 'nobody', latest: false })).rejects.toThrow(
      NotFoundError,
    );
  });
});
