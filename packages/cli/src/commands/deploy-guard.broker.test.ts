import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../../../broker/src/testing/builder.js';
import { startTestBroker, type TestBroker } from '../../../broker/src/testing/test-broker.js';
import { runCli, scratchDir } from '../testing/cli-run.js';

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
    const again = await cli('environment', 'create', 'staging');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('the broker answered 409');
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
