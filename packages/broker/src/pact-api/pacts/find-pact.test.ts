import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { testEngine } from '../../testing/test-engine.js';
import { publishContracts } from '../publish/publish-contracts.js';
import { pactFiles } from '../testing/pact-files.js';
import { openTestStore } from '../testing/test-store.js';
import { findPact } from './find-pact.js';

describe('findPact: the pact a Pact API path names, without HTTP', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  const publish = (version: string, path: string, branch?: string, tags?: string[]) =>
    publishContracts(deps, {
      pacticipantName: 'web',
      pacticipantVersionNumber: version,
      branch,
      tags,
      contracts: [
        {
          consumer: 'web',
          provider: 'inventory',
          text: JSON.stringify(pactFiles.v3('web', 'inventory', path)),
        },
      ],
    });

  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
    await publish('w1', 'one', 'main', ['prod']);
    await publish('w2', 'two', 'feat/x');
  });
  afterAll(() => close?.());

  const find = (query: Parameters<typeof findPact>[3]) => findPact(deps.store, 'inventory', 'web', query);

  it('finds by consumer version, latest, latest on a branch (slashes included) and latest with a tag', async () => {
    expect((await find({ kind: 'version', version: 'w1' })).text).toContain('/items/one');
    expect((await find({ kind: 'latest' })).consumerVersion).toBe('w2');
    expect((await find({ kind: 'latest', branch: 'main' })).consumerVersion).toBe('w1');
    expect((await find({ kind: 'latest', branch: 'feat/x' })).consumerVersion).toBe('w2');
    expect((await find({ kind: 'latest', tag: 'prod' })).consumerVersion).toBe('w1');
  });

  it('finds by content hash', async () => {
    const { contentSha } = await find({ kind: 'version', version: 'w2' });
    expect((await find({ kind: 'content', sha: contentSha })).consumerVersion).toBe('w2');
  });

  it('is a 404 naming what is missing: the provider, or a pact for the query', async () => {
    await expect(findPact(deps.store, 'nobody', 'web', { kind: 'latest' })).rejects.toThrow(NotFoundError);
    await expect(find({ kind: 'version', version: 'w9' })).rejects.toThrow(/for consumer version w9/);
    await expect(find({ kind: 'latest', branch: 'gone' })).rejects.toThrow(/on branch gone/);
    await expect(find({ kind: 'latest', tag: 'beta' })).rejects.toThrow(/tagged beta/);
  });
});
