import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '@signet/broker/testing';
import { startItemsProvider, type ItemsProvider } from '../actions/verify/testing/items-provider.js';
import { describeWithXmllint, junitSchemaErrors } from '../output/report/testing/report-schemas.js';
import { runCli, scratchDir } from '../testing/cli-run.js';

const specFile = path.resolve(import.meta.dirname, '../../test-fixtures/verify/items.yaml');

/** The provider recipe of docs/ci-recipes.md: `signet test --publish` with a machine-readable report on stdout. */
describeWithXmllint('signet test --publish --format junit', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  let provider: ItemsProvider | undefined;
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);

  beforeAll(async () => {
    broker = await startTestBroker();
    env = {
      SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }),
      SIGNET_BRANCH: 'main',
    };
    scratch = await scratchDir();
    expect((await cli('publish', 'spec', specFile, '--provider', 'items', '--version', 'p1')).code).toBe(0);
  });
  afterEach(async () => {
    await provider?.close();
    provider = undefined;
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('keeps stdout valid JUnit XML and says on stderr what was published', async () => {
    provider = await startItemsProvider(new Set(['wrong-type']));
    const flags = ['--provider', 'items', '--version', 'p1', '--spec', specFile, '--seed', '3', '--publish'];
    const run = await cli('test', '--provider-url', provider.url, ...flags, '--format', 'junit');
    expect(run.code).toBe(1);
    expect(junitSchemaErrors(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(/failures="1"/);
    expect(run.stderr).toContain('published the failed verification of items@p1');
    const recorded = await broker.api({ method: 'GET', url: '/services/items/versions/p1/verifications' });
    expect(recorded.json<{ items: Array<{ success: boolean }> }>().items).toEqual([
      expect.objectContaining({ success: false }),
    ]);
  });
});
