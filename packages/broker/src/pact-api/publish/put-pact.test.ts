import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPactSettings } from '../../config/pact-settings.js';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { ConflictError } from '../../errors/broker-error.js';
import { testEngine } from '../../testing/test-engine.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { pactFiles } from '../testing/pact-files.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import { putPact } from './put-pact.js';

describe('PUT of one pact (putPact)', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
  });
  afterAll(() => close?.());

  const put = (version: string, path: string, over: Partial<BrokerDeps> = {}) =>
    putPact(
      { ...deps, ...over },
      { provider: 'inventory', consumer: 'web', version, body: pactFiles.v3('web', 'inventory', path) },
    );

  it('creates the pact, accepts the same content again, and refuses changed content unless allowed', async () => {
    expect((await put('w1', 'one')).created).toBe(true);
    const again = await put('w1', 'one');
    expect(again.created).toBe(false);
    await expect(put('w1', 'two')).rejects.toThrow(ConflictError);
    await expect(put('w1', 'two')).rejects.toThrow(/new consumer version/);
    const allowed = { pact: { ...defaultPactSettings, allowDangerousContractModification: true } };
    const replaced = await put('w1', 'two', allowed);
    expect(replaced.pact.contentSha).not.toBe(again.pact.contentSha);
    expect(replaced.pact.text).toContain('/items/two');
  });

  it('refuses a pact that names another consumer or provider than its path', async () => {
    const body = pactFiles.v3('mobile', 'inventory', 'x');
    await expect(
      putPact(deps, { provider: 'inventory', consumer: 'web', version: 'w2', body }),
    ).rejects.toThrow(PactValidationError);
    await expect(
      putPact(deps, { provider: 'inventory', consumer: 'web', version: 'w2', body: [1] }),
    ).rejects.toThrow(PactValidationError);
  });

  it('stores nothing when a write in its transaction fails', async () => {
    await expect(put('w3', 'three', { store: failingIn(deps.store, 'contracts.insert') })).rejects.toThrow(
      'injected',
    );
    expect(await deps.store.versions.find('web', 'w3')).toBeUndefined();
  });
});
