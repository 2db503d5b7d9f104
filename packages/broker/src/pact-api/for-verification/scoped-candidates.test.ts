import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract } from '../../contracts/publish-contract.js';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import type { Store } from '../../store/index.js';
import { testEngine } from '../../testing/test-engine.js';
import { pactFiles } from '../testing/pact-files.js';
import { openTestStore } from '../testing/test-store.js';
import { candidateScope } from './candidate-scope.js';
import type { ForVerificationRequest } from './for-verification-request.js';
import { pactsForVerification } from './pacts-for-verification.js';
import type { ConsumerVersionSelector } from './selectors.js';

/** The same store, except that the candidate read ignores the scope: the definition the scoped read must match. */
function unscoped(store: Store): Store {
  const candidates = {
    ...store.pact.candidates,
    forProvider: (providerId: number, consumer?: string) =>
      store.pact.candidates.forProvider(providerId, consumer),
  };
  return { ...store, pact: { ...store.pact, candidates } };
}

describe('scoped candidate read: the same answer as reading every pact of the provider', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  const since = new Date(Date.now() - 3600_000);
  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    const publish = (consumer: string, version: string, branch: string, tags: string[], text = version) =>
      publishContract(deps, {
        content: JSON.stringify(pactFiles.v3(consumer, 'api', `one ${text}`)),
        consumerVersion: version,
        branch,
        tags,
      });
    // Two consumers; contents repeat across versions, tags move on, branches have heads without pacts elsewhere.
    await publish('web', 'w1', 'main', ['prod', 'beta']);
    await publish('mobile', 'm1', 'feat', ['beta']);
    await publish('web', 'w2', 'feat', ['beta'], 'w1');
    await publish('mobile', 'm2', 'main', ['prod']);
    await publish('web', 'w3', 'main', ['dev']);
    await publish('mobile', 'm3', 'feat', []);
    await publish('web', 'w4', 'other', ['beta']);
    const store = deps.store;
    const env = await store.environments.create({
      name: 'production',
      displayName: 'Production',
      production: true,
    });
    for (const [consumer, version] of [
      ['web', 'w1'],
      ['mobile', 'm2'],
    ] as const) {
      const found = (await store.versions.find(consumer, version))!;
      const service = (await store.services.find(consumer))!;
      await store.deployedVersions.deploy(
        { serviceId: service.id, versionId: found.id, environmentId: env!.id },
        'default',
      );
    }
  }, 120_000);
  afterAll(() => close?.());

  const request = (
    selectors: ConsumerVersionSelector[],
    extra: Partial<ForVerificationRequest> = {},
  ): ForVerificationRequest => ({
    selectors,
    providerVersionTags: [],
    providerVersionBranch: 'feat',
    includePendingStatus: true,
    ...extra,
  });

  const kinds: Array<[string, ConsumerVersionSelector[]]> = [
    ['mainBranch', [{ mainBranch: true }]],
    ['matchingBranch', [{ matchingBranch: true }]],
    ['branch with fallback', [{ branch: 'nope', fallbackBranch: 'feat' }]],
    ['tag', [{ tag: 'beta' }]],
    ['latest tag', [{ tag: 'beta', latest: true }]],
    ['latest tag with fallback', [{ tag: 'nope', latest: true, fallbackTag: 'beta' }]],
    ['tag of one consumer', [{ tag: 'beta', consumer: 'web' }]],
    ['deployedOrReleased', [{ deployedOrReleased: true }]],
    ['environment', [{ environment: 'production' }]],
    ['a mix', [{ mainBranch: true }, { tag: 'beta', latest: true }, { deployed: true }]],
  ];
  for (const [kind, selectors] of kinds)
    for (const wip of [false, true])
      it(`${kind}${wip ? ', with WIP pacts' : ''}`, async () => {
        const body = request(selectors, wip ? { includeWipPactsSince: since } : {});
        expect(candidateScope(body)).toBeDefined();
        const scoped = await pactsForVerification(deps.store, 'api', body);
        const everything = await pactsForVerification(unscoped(deps.store), 'api', body);
        expect(scoped).toEqual(everything);
        expect(scoped.pacts.length).toBeGreaterThan(0);
      });
});
