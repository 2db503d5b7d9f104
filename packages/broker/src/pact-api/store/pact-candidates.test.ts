import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract } from '../../contracts/publish-contract.js';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { testEngine } from '../../testing/test-engine.js';
import { pactFiles } from '../testing/pact-files.js';
import { openTestStore } from '../testing/test-store.js';

describe('pact candidates: branch and tag heads', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    const publish = (version: string, branch: string, tags: string[], provider = 'api') =>
      publishContract(deps, {
        content: JSON.stringify(pactFiles.v3('web', provider, `one ${version}`)),
        consumerVersion: version,
        branch,
        tags,
      });
    await publish('w1', 'feat', ['beta']);
    await publish('w2', 'main', ['beta', 'prod']);
    // w3 is the newest on feat and tagged beta, but its pact is with another provider only.
    await publish('w3', 'feat', ['beta'], 'other');
  }, 120_000);
  afterAll(() => close?.());

  it('marks a version the head of its branch or tag by versions, not by pacts with this provider', async () => {
    const api = await deps.store.services.find('api');
    const rows = await deps.store.pact.candidates.forProvider(api!.id);
    const view = rows.map((c) => ({
      version: c.consumerVersion,
      headBranches: c.headBranches,
      headTags: c.headTags,
    }));
    expect(view).toEqual([
      { version: 'w1', headBranches: [], headTags: [] },
      { version: 'w2', headBranches: ['main'], headTags: ['prod'] },
    ]);
  });

  it('puts a version on several branches; each branch is headed by the version put on it last', async () => {
    // Pact Broker's branch_versions: adding a branch to an existing version makes it that branch's head
    // (branch_heads follow the last branch version added), and the version keeps its other branches.
    const api = (await deps.store.services.find('api'))!;
    const web = (await deps.store.services.find('web'))!;
    const heads = async () =>
      (await deps.store.pact.candidates.forProvider(api.id)).map((c) => [
        c.consumerVersion,
        c.branches,
        c.headBranches,
      ]);
    await deps.store.versions.ensure(web.id, 'w1', 'release/1');
    expect(await heads()).toEqual([
      ['w1', ['feat', 'release/1'], ['release/1']],
      ['w2', ['main'], ['main']],
    ]);
    await deps.store.versions.ensure(web.id, 'w2', 'release/1');
    await deps.store.versions.ensure(web.id, 'w1', 'release/1'); // already on it: w2 stays the head
    expect(await heads()).toEqual([
      ['w1', ['feat', 'release/1'], []],
      ['w2', ['main', 'release/1'], ['main', 'release/1']],
    ]);
    expect((await deps.store.versions.latest(web.id, 'release/1'))?.number).toBe('w2');
    expect((await deps.store.versions.find('web', 'w1'))?.branch).toBe('feat');
  });
});
