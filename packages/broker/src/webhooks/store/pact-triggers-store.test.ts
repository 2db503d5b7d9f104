import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract } from '../../contracts/publish-contract.js';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { pactFiles } from '../../pact-api/testing/pact-files.js';
import { recordDeployment, recordRelease } from '../../deployments/record-deployment.js';
import { createEnvironment } from '../../environments/environments.js';
import { testEngine } from '../../testing/test-engine.js';
import { createStore } from '../../store/index.js';
import { openPGliteTestDatabase } from '../../testing/test-database.js';
import { pactTriggersStore } from './pact-triggers-store.js';

describe('pactTriggersStore', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  let triggers: ReturnType<typeof pactTriggersStore>;
  beforeAll(async () => {
    const database = await openPGliteTestDatabase();
    close = () => database.close();
    const store = createStore(database.db);
    deps = { store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    triggers = pactTriggersStore(database.db);
  });
  afterAll(() => close?.());

  const publish = async (path: string, version: string, tags: string[] = [], provider = 'api') =>
    (
      await publishContract(deps, {
        content: JSON.stringify(pactFiles.v3('web', provider, path)),
        consumerVersion: version,
        tags,
      })
    ).contract;

  it('says content changed for a first pact, and against the previous untagged version otherwise', async () => {
    expect(await triggers.contentChanged((await publish('a', 'u1')).id)).toBe(true);
    expect(await triggers.contentChanged((await publish('a', 'u2')).id)).toBe(false);
    expect(await triggers.contentChanged((await publish('b', 'u3')).id)).toBe(true);
    expect(await triggers.contentChanged(987654)).toBe(false);
  });

  it('compares a tagged version with the previous version of each of its tags', async () => {
    // The untagged u1..u3 do not count for tags: the first pact tagged `prod` is new.
    expect(await triggers.contentChanged((await publish('b', 't1', ['prod'])).id)).toBe(true);
    expect(await triggers.contentChanged((await publish('b', 't2', ['prod'])).id)).toBe(false);
    // Unchanged for `prod`, but the first with `beta`.
    expect(await triggers.contentChanged((await publish('b', 't3', ['prod', 'beta'])).id)).toBe(true);
    expect(await triggers.contentChanged((await publish('b', 't4', ['beta'])).id)).toBe(false);
  });

  it('lists the main-branch head, then deployed, then released versions, each saying whether it verified', async () => {
    const sha = (await publish('c', 'v1', [], 'stock')).contentSha;
    expect(await triggers.verificationCandidates('stock', sha)).toEqual([]);
    const stock = await deps.store.services.ensure('stock');
    await deps.store.pact.pacticipants.update(stock.id, { mainBranch: 'main' });
    for (const [number, branch] of [
      ['s0', 'rel'],
      ['s1', 'main'],
      ['s2', 'main'],
    ] as const)
      await deps.store.versions.ensure(stock.id, number, branch);
    await createEnvironment(deps.store, { name: 'production' });
    await recordRelease(deps.store, { service: 'stock', version: 's0', environment: 'production' });
    await recordDeployment(deps.store, { service: 'stock', version: 's1', environment: 'production' });
    expect(await triggers.verificationCandidates('stock', sha)).toEqual([
      {
        providerVersion: 's2',
        providerBranch: 'main',
        reason: { kind: 'main-branch-head', branch: 'main' },
        verified: false,
      },
      {
        providerVersion: 's1',
        providerBranch: 'main',
        reason: { kind: 'deployed', environment: 'production' },
        verified: false,
      },
      {
        providerVersion: 's0',
        providerBranch: 'rel',
        reason: { kind: 'released', environment: 'production' },
        verified: false,
      },
    ]);
    expect(await triggers.verificationCandidates('nobody', sha)).toEqual([]);
  });
});
