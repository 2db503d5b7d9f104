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
      branchHead: c.branchHead,
      headTags: c.headTags,
    }));
    expect(view).toEqual([
      { version: 'w1', branchHead: false, headTags: [] },
      { version: 'w2', branchHead: true, headTags: ['prod'] },
    ]);
  });
});
