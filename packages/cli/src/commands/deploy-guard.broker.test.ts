import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { run } from '../main.js';
import { captureIo, runCli, scratchDir } from '../testing/cli-run.js';

const items: ['get', string] = ['get', '/api/items/{itemId}'];
const gadgets: ['get', string] = ['get', '/api/gadgets/{gadgetId}'];

describe('signet deploy-guard, record-*, environment', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);
  const guard = (service: string, version: string, ...more: string[]) =>
    cli('deploy-guard', '--service', service, '--version', version, '--environment', 'production', ...more);

  beforeAll(async () => {
    broker = await startTestBroker();
    env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
    scratch = await scratchDir();
    await given(broker)
      .spec('inventory', [items], { version: 'inv1' })
      .verified('inventory', 'inv1')
      .contract('cart', 'sc2', 'inventory', [items, gadgets])
      .spec('inventory', [items, gadgets], { version: 'inv2' })
      .build();
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('creates environments and lists them', async () => {
    expect((await cli('environment', 'create', 'production', '--production')).code).toBe(0);
    expect((await cli('environment', 'create', 'staging')).stdout).toBe('created environment staging\n');
    const list = await cli('environment', 'list');
    expect(list.stdout.split('\n').map((line) => line.trim())).toEqual([
      'NAME        DISPLAY NAME  PRODUCTION',
      'production  production    production',
      'staging     staging',
      '',
    ]);
  });

  it('accepts creating an environment that exists as asked, and refuses other settings (exit 1)', async () => {
    await cli('environment', 'create', 'qa', '--display-name', 'Quality');
    const again = await cli('environment', 'create', 'qa', '--display-name', 'Quality');
    expect(again).toMatchObject({ code: 0, stdout: 'environment qa already exists with these settings\n' });
    expect((await cli('environment', 'create', 'qa')).code).toBe(0);
    expect(JSON.parse((await cli('environment', 'create', 'qa', '--json')).stdout)).toMatchObject({
      name: 'qa',
      created: false,
    });
    const production = await cli('environment', 'create', 'qa', '--production', '--display-name', 'QA');
    expect(production.code).toBe(1);
    expect(production.stderr).toBe(
      "signet: environment qa already exists with other settings: production: false (asked: true); display name: 'Quality' (asked: 'QA'); it was left as it is\n",
    );
    const stored = await broker.api({ method: 'GET', url: '/environments/qa' });
    expect(stored.json()).toMatchObject({ displayName: 'Quality', production: false });
  });

  it('records a deployment, an undeployment and a release', async () => {
    const deployed = await cli(
      'record-deployment',
      '--service',
      'inventory',
      '--version',
      'inv1',
      '--environment',
      'production',
      '--json',
    );
    expect(JSON.parse(deployed.stdout)).toMatchObject({
      service: 'inventory',
      version: 'inv1',
      current: true,
    });
    expect(
      (await cli('record-release', '--service', 'inventory', '--version', 'inv1', '--environment', 'staging'))
        .stdout,
    ).toBe('released inventory@inv1 in staging\n');
    expect(
      (
        await cli(
          'record-undeployment',
          '--service',
          'inventory',
          '--version',
          'inv1',
          '--environment',
          'production',
        )
      ).code,
    ).toBe(0);
    const current = await broker.api({
      method: 'GET',
      url: '/environments/production/deployed-versions?current=true',
    });
    expect(current.json().items).toEqual([]);
    await cli(
      'record-deployment',
      '--service',
      'inventory',
      '--version',
      'inv1',
      '--environment',
      'production',
    );
  });

  it('says unsafe (exit 1) with every reason, naming the integration, versions and the missing operation', async () => {
    const result = await guard('cart', 'sc2');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('deploy cart@sc2 to production: UNSAFE');
    expect(result.stdout).toContain('✗ cart@sc2 → inventory@inv1: incompatible');
    expect(result.stdout).toContain(
      "missing operation GET /api/gadgets/{gadgetId}: in inventory's spec of version inv2, not in the spec inventory@inv1 was verified against",
    );
    const json = JSON.parse((await guard('cart', 'sc2', '--json')).stdout);
    expect(json).toMatchObject({
      verdict: 'unsafe',
      missingOperations: [{ operation: 'GET /api/gadgets/{gadgetId}' }],
    });
    expect(json.reasons.length).toBe(lines.filter((line) => /^ {2}[✓✗?] /.test(line)).length);
  });

  it('says unknown (exit 1) for a provider version not verified, and safe (exit 0) once it is', async () => {
    const unknown = await guard('inventory', 'inv2');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('deploy inventory@inv2 to production: UNKNOWN');
    expect(unknown.stdout).toContain('? inventory@inv2 has not been verified against its spec');
    await given(broker).verified('inventory', 'inv2').build();
    const safe = await guard('inventory', 'inv2');
    expect(safe.code).toBe(0);
    expect(safe.stdout).toContain('✓ inventory@inv2 is verified against its spec');
  });

  it('with --dry-run exits 0 whatever the verdict, printing the verdict and saying it is a dry run', async () => {
    const result = await guard('cart', 'sc2', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('deploy cart@sc2 to production: UNSAFE');
    expect(result.stderr).toBe('DRY RUN: the verdict is UNSAFE (exit 1 without --dry-run); exiting 0\n');
  });

  it('with --retry-while-unknown asks again, a line per wait, until the verdict is known', async () => {
    const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    await given(broker).spec('inventory', [items], { version: sha }).build();
    const io = captureIo();
    let verifying: Promise<unknown> | undefined;
    // The provider's verification lands while the guard waits, as a CI job's would.
    const watching = {
      ...io,
      err: (text: string) => {
        io.stderr += text;
        verifying ??= given(broker).verified('inventory', sha).build();
      },
    };
    const argv = ['deploy-guard', '--service', 'inventory', '--version', sha, '--environment', 'production'];
    const more = ['--retry-while-unknown', '50', '--retry-interval', '0.2'];
    const code = await run([...argv, ...more], watching, { cwd: scratch.dir, env });
    await verifying;
    expect(code).toBe(0);
    const waits = io.stderr.trimEnd().split('\n');
    expect(waits[0]).toBe(
      'deploy inventory@a1b2c3d4 to production: UNKNOWN: inventory@a1b2c3d4 has not been verified against ' +
        'its spec (signet test --publish); asking again in 0.2 s (retry 1 of 50)',
    );
    expect(waits.every((line) => /^deploy inventory@a1b2c3d4 .*\(retry \d+ of 50\)$/.test(line))).toBe(true);
    // Commit SHAs are shortened in the report; --json keeps them whole.
    expect(io.stdout).toContain('deploy inventory@a1b2c3d4 to production: SAFE');
    expect(io.stdout).not.toContain(sha);
    expect(JSON.parse((await guard('inventory', sha, '--json')).stdout)).toMatchObject({ version: sha });
  });

  it('stops asking after --retry-while-unknown attempts, still unknown (exit 1)', async () => {
    await given(broker).spec('inventory', [items], { version: 'inv9' }).build();
    const result = await guard('inventory', 'inv9', '--retry-while-unknown', '2', '--retry-interval', '0.05');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('deploy inventory@inv9 to production: UNKNOWN');
    expect(
      result.stderr
        .trimEnd()
        .split('\n')
        .map((line) => line.replace(/.*; /, '')),
    ).toEqual(['asking again in 0.05 s (retry 1 of 2)', 'asking again in 0.05 s (retry 2 of 2)']);
  });

  it('gives up on a broker that does not answer within --timeout (exit 3), and refuses bad values (exit 2)', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const result = await guard('cart', 'sc2', '--timeout', '0.2', '--broker-url', url);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('no answer within 200 ms');
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
    for (const [flag, value] of [
      ['--timeout', '0'],
      ['--retry-interval', 'soon'],
      ['--retry-while-unknown', '-1'],
    ] as const) {
      const bad = await guard('cart', 'sc2', flag, value);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`signet: ${flag} must be`);
    }
  });

  it('needs a service and an environment, and 404s an unknown environment as exit 2', async () => {
    const missing = await cli('deploy-guard', '--version', 'x', '--environment', 'production');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --service') });
    const unknown = await cli(
      'deploy-guard',
      '--service',
      'cart',
      '--version',
      'sc2',
      '--environment',
      'mars',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('environment.not-found');
  });
});
