import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

interface MatrixAnswer {
  summary: { deployable: boolean | null; success: number; failed: number; unknown: number; ignored?: number };
  matrix: Array<{ provider: { name: string; version: { number: string } }; ignored?: boolean }>;
}

/**
 * The real `pact broker can-i-deploy` (npm @pact-foundation/pact-cli) against a listening broker, for the
 * verdicts the Pact Broker gives. History: web w1 has pacts with orders and inventory; in `test`, orders o1
 * (which failed web w1's pact) and inventory i1 (which never verified it) are deployed; o2 and i2 passed it,
 * o2 is tagged prod and staging, i1 prod, i2 staging.
 */
describe('real pact broker can-i-deploy against Signet (verdicts)', () => {
  let broker: TestBroker;
  let url: string;
  let dir: string;

  // `--retries 0`: a failing request fails the command at once instead of after back-off.
  const pact = (...args: string[]) => runPact([...args, '--retries', '0'], { PACT_BROKER_BASE_URL: url });
  const ok = async (...args: string[]) => {
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  const verify = async (consumer: string, provider: string, version: string, success: boolean) => {
    const pactPath = `/pacts/provider/${provider}/consumer/${consumer}/latest`;
    const links = (await broker.app.inject({ method: 'GET', url: pactPath })).json<{
      _links: Record<string, { href: string }>;
    }>()._links;
    const posted = await broker.app.inject({
      method: 'POST',
      url: new URL(links['pb:publish-verification-results']!.href).pathname,
      payload: { success, providerApplicationVersion: version, testResults: [] },
    });
    expect(posted.statusCode, posted.body).toBe(201);
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-matrix-'));
    for (const provider of ['orders', 'inventory']) {
      const pactDir = await mkdtemp(join(dir, `web-${provider}-`));
      await writePact(pactDir, pactFiles.v3('web', provider, 'web'));
      await ok('broker', 'publish', pactDir, '--consumer-app-version', 'w1', '--branch', 'main');
    }
    await ok('broker', 'create-environment', '--name', 'test');
    await verify('web', 'orders', 'o1', false);
    await ok('broker', 'create-or-update-version', '--pacticipant', 'inventory', '--version', 'i1');
    // Later provider builds pass; only some carry the tags --to asks for.
    await verify('web', 'orders', 'o2', true);
    await verify('web', 'inventory', 'i2', true);
    for (const [pacticipant, version, tag] of [
      ['orders', 'o2', 'prod'],
      ['orders', 'o2', 'staging'],
      ['inventory', 'i1', 'prod'],
      ['inventory', 'i2', 'staging'],
    ] as const)
      await ok(
        'broker',
        'create-version-tag',
        '--pacticipant',
        pacticipant,
        '--version',
        version,
        '--tag',
        tag,
      );
    for (const [pacticipant, version] of [
      ['orders', 'o1'],
      ['inventory', 'i1'],
    ] as const)
      await ok(
        'broker',
        'record-deployment',
        '--pacticipant',
        pacticipant,
        '--version',
        version,
        '--environment',
        'test',
      );
  });

  afterAll(async () => {
    await broker?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('answers deployable null when a needed result is unknown, even though another row failed', async () => {
    // Pact Broker (DeploymentStatusSummary#deployable?): a row without a verification result makes the
    // answer nil before failed rows are looked at; the CLI exits 1.
    const query = [
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--to-environment',
      'test',
    ];
    const table = await pact(...query);
    expect(table.code, table.stdout + table.stderr).toBe(1);
    const answer = JSON.parse((await ok(...query, '--output', 'json')).stdout) as MatrixAnswer;
    expect(answer.summary).toMatchObject({ deployable: null, success: 0, failed: 1, unknown: 1 });
  });

  it('refuses an unknown environment with 400 and its message, not "/matrix not found"', async () => {
    // Pact Broker (matrix query validation): an environment that does not exist is a 400 with
    // `{errors: {environment: [...]}}`, which the CLI prints.
    const result = await pact(
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--to-environment',
      'nowhere',
    );
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain("Environment with name 'nowhere' does not exist");
    expect(output).not.toContain('not found');
  });

  it('keeps --ignore rows, marked and counted, without letting them block (with and without an environment)', async () => {
    // Pact Broker (DeploymentStatusSummary: considered vs ignored rows): ignored rows stay in the matrix
    // with `ignored`, are counted in summary.ignored, and only the considered rows decide.
    const json = async (...args: string[]) =>
      JSON.parse((await ok(...args, '--output', 'json')).stdout) as MatrixAnswer;
    const deploy = [
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--to-environment',
      'test',
    ];
    const inventoryIgnored = await json(...deploy, '--ignore', 'inventory');
    expect(inventoryIgnored.summary).toMatchObject({ deployable: false, failed: 1, unknown: 0, ignored: 1 });
    expect(inventoryIgnored.matrix.map((row) => [row.provider.name, row.ignored ?? false])).toEqual([
      ['orders', false],
      ['inventory', true],
    ]);
    // An ignore with a version covers only that version: orders o2 is not what is deployed.
    const otherVersion = await json(
      ...deploy,
      '--ignore',
      'inventory',
      '--ignore',
      'orders',
      '--version',
      'o2',
    );
    expect(otherVersion.summary).toMatchObject({ deployable: false, ignored: 1 });
    await ok(...deploy, '--ignore', 'inventory', '--ignore', 'orders');
    const pair = [
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--pacticipant',
      'orders',
    ];
    expect((await pact(...pair, '--version', 'o1')).code).toBe(1);
    const ignoredPair = await json(...pair, '--version', 'o1', '--ignore', 'orders');
    expect(ignoredPair.summary).toMatchObject({ deployable: true, failed: 0, ignored: 1 });
  });

  it('--to TAG checks against the latest version of each other pacticipant with that tag, not any version', async () => {
    // Pact Broker (latestby=cvp with tag: the other side is the latest version with the tag): prod is
    // orders o2 (passed) and inventory i1 (never verified), so the answer is unknown although i2 passed.
    const to = (tag: string) => [
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--to',
      tag,
      '--output',
      'json',
    ];
    const prod = await pact(...to('prod'));
    const prodAnswer = JSON.parse(prod.stdout) as MatrixAnswer;
    expect(prodAnswer.summary).toMatchObject({ deployable: null, success: 1, failed: 0, unknown: 1 });
    // staging is o2 and i2, both passed: yes, though o1 failed (it is not the staging version).
    const staging = JSON.parse((await ok(...to('staging'))).stdout) as MatrixAnswer;
    expect(staging.summary).toMatchObject({ deployable: true, success: 2, failed: 0 });
    // A tag no version carries: nothing counts, so no yes.
    const none = JSON.parse((await pact(...to('nowhere'))).stdout) as MatrixAnswer;
    expect(none.summary).toMatchObject({ deployable: null, unknown: 2 });
    expect((await pact(...to('prod').slice(0, -2))).code).toBe(1);
  });

  it('can-i-merge checks against the head of each other main branch, where an old failure does not count', async () => {
    // Pact Broker (can-i-merge: mainBranch=true, latest=true): the other side is the latest version of its
    // main branch; o1's failure is not on it, so only what the heads o3 and i3 published counts.
    const versions = [
      ['orders', 'o3'],
      ['inventory', 'i3'],
    ] as const;
    for (const [pacticipant, version] of versions)
      await ok(
        'broker',
        'create-or-update-version',
        '--pacticipant',
        pacticipant,
        '--version',
        version,
        '--branch',
        'main',
      );
    const merge = ['broker', 'can-i-merge', '--pacticipant', 'web', '--version', 'w1'];
    await verify('web', 'orders', 'o3', true);
    // The table output exits 1 when not deployable; the JSON output always exits 0.
    expect((await pact(...merge)).code).toBe(1);
    const waiting = await ok(...merge, '--output', 'json');
    expect((JSON.parse(waiting.stdout) as MatrixAnswer).summary).toMatchObject({
      deployable: null,
      success: 1,
      unknown: 1,
    });
    await verify('web', 'inventory', 'i3', true);
    await ok(...merge);
    const merged = JSON.parse((await ok(...merge, '--output', 'json')).stdout) as MatrixAnswer;
    expect(merged.summary).toMatchObject({ deployable: true, success: 2, failed: 0, unknown: 0 });
    expect(merged.matrix.map((row) => row.provider.version.number).sort()).toEqual(['i3', 'o3']);
  });

  it('several pacticipants to an environment: each specified one counts at its own version, not the deployed one', async () => {
    // Pact Broker (specified selectors are not inferred from the environment): deploying shop s1 together
    // with billing b2 is checked against b2, although b1, which runs in test, verified s1.
    const pactDir = await mkdtemp(join(dir, 'shop-billing-'));
    await writePact(pactDir, pactFiles.v3('shop', 'billing', 'shop'));
    await ok('broker', 'publish', pactDir, '--consumer-app-version', 's1', '--branch', 'main');
    await verify('shop', 'billing', 'b1', true);
    await ok('broker', 'create-or-update-version', '--pacticipant', 'billing', '--version', 'b2');
    await ok(
      'broker',
      'record-deployment',
      '--pacticipant',
      'billing',
      '--version',
      'b1',
      '--environment',
      'test',
    );
    const shop = ['broker', 'can-i-deploy', '--pacticipant', 'shop', '--version', 's1'];
    const together = [...shop, '--pacticipant', 'billing', '--version', 'b2', '--to-environment', 'test'];
    await ok(...shop, '--to-environment', 'test');
    expect((await pact(...together)).code).toBe(1);
    const waiting = await ok(...together, '--output', 'json');
    const answer = JSON.parse(waiting.stdout) as MatrixAnswer;
    expect(answer.summary).toMatchObject({ deployable: null, unknown: 1 });
    expect(answer.matrix.map((row) => row.provider.version.number)).toEqual(['b2']);
    await verify('shop', 'billing', 'b2', true);
    await ok(...together);
    const both = JSON.parse((await ok(...together, '--output', 'json')).stdout) as MatrixAnswer;
    expect(both.summary).toMatchObject({ deployable: true, success: 1 });
  });
});
