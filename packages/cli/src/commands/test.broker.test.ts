import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '@signet/broker/testing';
import { startItemsProvider, type ItemsProvider } from '../actions/verify/testing/items-provider.js';
import { runCli, scratchDir } from '../testing/cli-run.js';

const specFile = path.resolve(import.meta.dirname, '../../test-fixtures/verify/items.yaml');

describe('signet test with the broker: spec from the broker, --publish', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  let provider: ItemsProvider | undefined;
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);
  const verifications = async (version: string) =>
    (await broker.api({ method: 'GET', url: `/services/items/versions/${version}/verifications` })).json<{
      items: Array<{ success: boolean; specSha: string; results: unknown[] }>;
    }>().items;

  beforeAll(async () => {
    broker = await startTestBroker();
    env = {
      SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }),
      SIGNET_BRANCH: 'main',
    };
    scratch = await scratchDir();
    const published = await cli('publish', 'spec', specFile, '--provider', 'items', '--version', 'p1');
    expect(published.code).toBe(0);
  });
  afterEach(async () => {
    await provider?.close();
    provider = undefined;
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('verifies against the spec from the broker and records the success for the provider version', async () => {
    provider = await startItemsProvider();
    const result = await cli(
      'test',
      '--provider',
      'items',
      '--provider-url',
      provider.url,
      '--seed',
      '3',
      '--version',
      'p1',
      '--publish',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('signet test: verifying against the spec of items@p1 (from the broker)');
    expect(result.stdout).toContain('published the successful verification of items@p1');
    const latest = (await broker.api({ method: 'GET', url: '/services/items/specs/latest' })).json();
    expect(await verifications('p1')).toEqual([
      expect.objectContaining({ kind: 'spec', success: true, specSha: latest.contentSha }),
    ]);
  });

  it('records a failed verification, exits 1, and with --spec sends the sha of the file it verified', async () => {
    provider = await startItemsProvider(new Set(['wrong-type']));
    const result = await cli(
      'test',
      '--spec',
      specFile,
      '--provider',
      'items',
      '--provider-url',
      provider.url,
      '--seed',
      '3',
      '--version',
      'p2',
      '--publish',
      '--json',
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      success: false,
      published: { outcome: 'failed', target: 'items@p2' },
    });
    const [recorded] = await verifications('p2');
    expect(recorded).toMatchObject({
      success: false,
      results: expect.arrayContaining([expect.objectContaining({ operation: 'GET /items/{itemId}' })]),
    });
    expect(recorded?.specSha).toBe(
      createHash('sha256')
        .update(await readFile(specFile, 'utf8'))
        .digest('hex'),
    );
    expect((await broker.api({ method: 'GET', url: '/services/items/versions/p2' })).json().branch).toBe(
      'main',
    );
  });

  it('needs --provider without --spec, and says so for a provider without a spec', async () => {
    provider = await startItemsProvider();
    const noProvider = await cli('test', '--provider-url', provider.url);
    expect(noProvider).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --provider') });
    const noSpec = await cli('test', '--provider', 'ghost', '--provider-url', provider.url);
    expect(noSpec.code).toBe(2);
    expect(noSpec.stderr).toContain('service.not-found');
    const noVersion = await cli('test', '--provider', 'items', '--provider-url', provider.url, '--publish');
    expect(noVersion).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --version: this is not'),
    });
    expect(noVersion.stderr).not.toContain('requests sent'); // refused before verifying
    // A version the broker does not know: the latest spec on its branch (SIGNET_BRANCH=main), said first.
    const unknownVersion = await cli(
      'test',
      '--provider',
      'items',
      '--version',
      'p9',
      '--provider-url',
      provider.url,
    );
    expect(unknownVersion.code).toBe(0);
    expect(unknownVersion.stderr.split('\n')[0]).toBe(
      'signet test: verifying against the spec of items@p1 (from the broker), the latest on its branch main: ' +
        'items@p9 has no spec of its own',
    );
    expect(unknownVersion.stdout).toContain(
      'Spec: items@p1 (from the broker), the latest on its branch main:',
    );
  });

  it("verifies an older version against that version's spec, not the latest (--provider-version)", async () => {
    // p-new's spec adds an operation the provider lacks: verifying against it fails, against p1's it passes.
    const newer = (await readFile(specFile, 'utf8')).replace(
      /^paths:\n/m,
      "paths:\n  /gadgets:\n    get:\n      responses:\n        '200':\n          description: gadgets\n",
    );
    const newerFile = path.join(scratch.dir, 'items-new.yaml');
    await writeFile(newerFile, newer);
    expect((await cli('publish', 'spec', newerFile, '--provider', 'items', '--version', 'p-new')).code).toBe(
      0,
    );
    provider = await startItemsProvider();
    const test = (...more: string[]) =>
      cli('test', '--provider', 'items', '--provider-url', provider!.url, '--seed', '3', ...more);

    const latest = await test();
    expect(latest.stderr).toContain('verifying against the spec of items@p-new (from the broker)');
    expect(latest.code).toBe(1);
    const before = (await verifications('p1')).length;
    const old = await test('--provider-version', 'p1', '--publish');
    expect(old.stderr).toContain('verifying against the spec of items@p1 (from the broker)');
    expect(old.stdout).not.toContain('/gadgets');
    expect(old.code).toBe(0);
    const p1Sha = createHash('sha256')
      .update(await readFile(specFile, 'utf8'))
      .digest('hex');
    const recorded = await verifications('p1'); // oldest first
    expect(recorded).toHaveLength(before + 1);
    expect(recorded.at(-1)).toMatchObject({ success: true, specSha: p1Sha });
    expect(p1Sha).not.toBe(
      (await broker.api({ method: 'GET', url: '/services/items/specs/latest' })).json().contentSha,
    );
    const disagree = await test('--version', 'p1', '--provider-version', 'p-new');
    expect(disagree).toMatchObject({ code: 2, stderr: expect.stringContaining('disagree') });
  });
  it('without a spec of its own, a version is verified against the latest on its branch, else on the main branch, and the verification records that spec', async () => {
    const publish = (file: string, version: string, branch: string) =>
      cli('publish', 'spec', file, '--provider', 'items', '--version', version, '--branch', branch);
    const featureSpec = (await readFile(specFile, 'utf8')).replace('title: Items', 'title: Items on feat');
    const featureFile = path.join(scratch.dir, 'items-feat.yaml');
    await writeFile(featureFile, featureSpec);
    expect((await publish(featureFile, 'f1', 'feat')).code).toBe(0);
    provider = await startItemsProvider();
    const test = (...more: string[]) =>
      cli('test', '--provider', 'items', '--provider-url', provider!.url, '--seed', '3', ...more);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');

    // f2 is new: its branch comes from --branch; f1's spec is the latest there, and is what gets recorded.
    const onBranch = await test('--version', 'f2', '--branch', 'feat', '--publish');
    expect(onBranch.stderr.split('\n')[0]).toBe(
      'signet test: verifying against the spec of items@f1 (from the broker), the latest on its branch feat: ' +
        'items@f2 has no spec of its own',
    );
    expect(onBranch.stdout).toContain('against Items on feat 1.0.0');
    expect(onBranch.code).toBe(0);
    expect(await verifications('f2')).toEqual([
      expect.objectContaining({ success: true, specSha: sha(featureSpec) }),
    ]);

    // m1 is on a branch without specs: the main branch's latest, p-new (published above on main; its /gadgets
    // the provider lacks, so this fails), not f1, the newest of all.
    await broker.api({ method: 'PUT', url: '/services/items/versions/m1', payload: { branch: 'other' } });
    const onMain = await test('--version', 'm1', '--branch', 'other', '--publish', '--json');
    const report = JSON.parse(onMain.stdout) as { spec: { file: string; source: string } };
    expect(report.spec).toMatchObject({
      file: 'items@p-new (from the broker)',
      source: 'the latest on the main branch main: items@m1 has no spec of its own nor on branch other',
    });
    expect(onMain.code).toBe(1);
    const pNew = (await broker.api({ method: 'GET', url: '/services/items/versions/p-new/spec' })).json<{
      contentSha: string;
    }>();
    expect(await verifications('m1')).toEqual([
      expect.objectContaining({ success: false, specSha: pNew.contentSha }),
    ]);
  });

  it('refuses a version with no spec of its own, none on its branch and none on the main branch', async () => {
    const solo = await cli(
      'publish',
      'spec',
      specFile,
      '--provider',
      'solo',
      '--version',
      's1',
      '--branch',
      'feat',
    );
    expect(solo.code).toBe(0);
    provider = await startItemsProvider();
    const refused = await cli(
      'test',
      '--provider',
      'solo',
      '--version',
      's9',
      '--provider-url',
      provider.url,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'signet: solo@s9 has no spec in the broker: none of its own nor on branch main (publish one, or give --spec)\n',
    );
  });
});
