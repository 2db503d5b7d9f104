import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, openApiSpec, pactContract, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { runCli, scratchDir } from '../testing/cli-run.js';

const adminToken = 'cli-errors-admin-token';

/** Refusals from a real broker (token mode), told in the CLI's words. */
describe('broker refusals in the CLI', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let url: string;
  const file = (name: string) => path.join(scratch.dir, name);
  const cli = (env: Record<string, string>, ...argv: string[]) =>
    runCli(argv, scratch.dir, { SIGNET_BROKER_URL: url, ...env });
  const admin = (...argv: string[]) => cli({ SIGNET_TOKEN: adminToken }, ...argv);

  beforeAll(async () => {
    broker = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken(adminToken) } });
    url = await broker.app.listen({ port: 0, host: '127.0.0.1' });
    scratch = await scratchDir();
    await writeFile(file('inventory.json'), openApiSpec('inventory', [['get', '/items/{id}']]));
    await writeFile(file('cart-inventory.json'), pactContract('cart', 'inventory', [['get', '/items/{id}']]));
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('says how to give a token when the broker answers 401', async () => {
    const result = await cli({}, 'environment', 'list');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/answered 401 .*\n {2}pass --token <token> or set SIGNET_TOKEN/);
  });

  it('names the nearest of the broker’s environments for an unknown --environment', async () => {
    expect((await admin('environment', 'create', 'production')).code).toBe(0);
    expect((await admin('environment', 'create', 'staging')).code).toBe(0);
    const publish = [
      'publish',
      'spec',
      file('inventory.json'),
      '--provider',
      'inventory',
      '--branch',
      'main',
    ];
    expect((await admin(...publish, '--version', 'i1')).code).toBe(0);
    const deploy = ['record-deployment', '--service', 'inventory', '--version', 'i1', '--environment'];
    const typo = await admin(...deploy, 'prodution');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      "\n  unknown --environment 'prodution'; did you mean 'production'?\n  environments: production, staging",
    );
  });

  it('names the flag behind a field the broker refused', async () => {
    const created = await admin(
      'webhook',
      'create',
      '--event',
      'spec.published',
      '--url',
      'https://hooks.example.com/x',
      '--json',
    );
    const { id } = JSON.parse(created.stdout) as { id: number };
    const result = await admin('webhook', 'deliveries', String(id), '--limit', '5000');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n {2}--limit: /);
    expect(result.stderr).not.toContain('query.limit');
  });

  it('publish spec names the consumer versions whose contracts it was compared with', async () => {
    const contract = ['publish', 'contract', file('cart-inventory.json'), '--branch', 'main'];
    expect((await admin(...contract, '--version', 'c1')).code).toBe(0);
    expect((await admin(...contract, '--version', 'c2')).code).toBe(0);
    const spec = ['publish', 'spec', file('inventory.json'), '--provider', 'inventory', '--branch', 'main'];
    const result = await admin(...spec, '--version', 'i2', '--overwrite');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /\n {2}contract of cart@c1, cart@c2 \(contract \w{8} × spec \w{8}\): compatible\n/,
    );
  });
});
