import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract } from '../../contracts/publish-contract.js';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { testEngine } from '../../testing/test-engine.js';
import { pactFiles } from '../testing/pact-files.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import { getVerificationResult, publishVerificationResult } from './verification-result-service.js';

describe('Pact API verification result service', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  let sha: string;
  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    const content = JSON.stringify(pactFiles.v3('web', 'api', 'one'));
    sha = (await publishContract(deps, { content, consumerVersion: 'w1' })).contract.contentSha;
  });
  afterAll(() => close?.());

  const result = { provider: 'api', consumer: 'web', success: true, testResults: [{ ok: true }] };

  it('publishes a result for a provider version not seen before, with its selection details', async () => {
    const view = await publishVerificationResult(deps, {
      ...result,
      sha,
      providerVersion: 'a1',
      buildUrl: 'https://ci.example/1',
      verifiedBy: { implementation: 'pact-js' },
      selection: { consumerVersions: ['w1'], pending: true, wip: false },
    });
    expect(view).toMatchObject({
      provider: 'api',
      consumer: 'web',
      contentSha: sha,
      providerVersion: 'a1',
      success: true,
      results: [{ ok: true }],
      buildUrl: 'https://ci.example/1',
      verifiedBy: { implementation: 'pact-js' },
    });
    expect(await deps.store.versions.find('api', 'a1')).toBeDefined();
    expect(await deps.store.pact.verifications.details(view.id)).toEqual({
      pending: true,
      wip: false,
      consumerVersions: ['w1'],
      verifiedBy: { implementation: 'pact-js' },
    });
  });

  it('404s a result for a pact the integration does not have, creating nothing', async () => {
    await expect(
      publishVerificationResult(deps, { ...result, sha: 'f'.repeat(64), providerVersion: 'a2' }),
    ).rejects.toMatchObject({ status: 404, code: 'pact.not-found' });
    await expect(
      publishVerificationResult(deps, { ...result, provider: 'nobody', sha, providerVersion: 'a2' }),
    ).rejects.toMatchObject({ code: 'service.not-found' });
    expect(await deps.store.versions.find('api', 'a2')).toBeUndefined();
  });

  it('stores neither the version nor the verification when its details fail (one transaction)', async () => {
    const failing = { ...deps, store: failingIn(deps.store, 'pact.verifications.recordDetails') };
    await expect(
      publishVerificationResult(failing, { ...result, sha, providerVersion: 'a3' }),
    ).rejects.toThrow('injected failure');
    expect(await deps.store.versions.find('api', 'a3')).toBeUndefined();
  });

  it('gets a result of the pact with what verified it, and 404s other ids', async () => {
    const published = await publishVerificationResult(deps, {
      ...result,
      sha,
      providerVersion: 'a4',
      verifiedBy: { implementation: 'pact-jvm' },
    });
    const pact = { provider: 'api', consumer: 'web', sha };
    const found = await getVerificationResult(deps.store, pact, String(published.id));
    expect(found).toMatchObject({
      id: published.id,
      providerVersion: 'a4',
      verifiedBy: { implementation: 'pact-jvm' },
    });
    for (const id of ['99999', 'abc'])
      await expect(getVerificationResult(deps.store, pact, id)).rejects.toMatchObject({
        status: 404,
        code: 'verification.not-found',
      });
    await expect(
      getVerificationResult(deps.store, { ...pact, sha: 'f'.repeat(64) }, String(published.id)),
    ).rejects.toMatchObject({ code: 'verification.not-found' });
  });
});
