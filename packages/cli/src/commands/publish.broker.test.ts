import { writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec, pactContract, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { runCli, scratchDir } from '../testing/cli-run.js';

describe('signet publish spec | contract', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  const file = (name: string) => path.join(scratch.dir, name);
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);

  beforeAll(async () => {
    broker = await startTestBroker();
    env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
    scratch = await scratchDir();
    await writeFile(file('inventory.json'), openApiSpec('inventory', [['get', '/items/{id}']]));
    await writeFile(file('cart-inventory.json'), pactContract('cart', 'inventory', [['get', '/items/{id}']]));
    await writeFile(file('cart-payments.json'), pactContract('cart', 'payments', [['post', '/payments']]));
    await writeFile(file('not-a-pact.json'), '{"hello": "world"}');
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('publishes a spec for a provider version with branch and tags', async () => {
    const result = await cli(
      'publish',
      'spec',
      file('inventory.json'),
      '--provider',
      'inventory',
      '--version',
      'i1',
      '--branch',
      'main',
      '--tag',
      'v1',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('published spec of inventory@i1: created');
    const version = await broker.api({ method: 'GET', url: '/services/inventory/versions/i1' });
    expect(version.json()).toMatchObject({ branch: 'main', tags: ['v1'] });
  });

  it('publishes several Pact files, each compared; --json prints what the broker answered', async () => {
    const result = await cli(
      'publish',
      'contract',
      file('cart-inventory.json'),
      file('cart-payments.json'),
      '--version',
      'c1',
      '--branch',
      'main',
      '--json',
    );
    expect(result.code).toBe(0);
    const published = JSON.parse(result.stdout) as Array<{
      contract: { provider: string };
      comparisons: Array<{ status: string }>;
    }>;
    expect(published.map((p) => [p.contract.provider, p.comparisons.map((c) => c.status)])).toEqual([
      ['inventory', ['compatible']],
      ['payments', []],
    ]);
    expect(result.stderr).toBe(''); // no progress lines with --json
  });

  it('refuses a file that is not a Pact before publishing anything (exit 2)', async () => {
    const result = await cli(
      'publish',
      'contract',
      file('cart-inventory.json'),
      file('not-a-pact.json'),
      '--version',
      'c9',
      '--branch',
      'main',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^signet: .*not-a-pact\.json is not a Pact file/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect((await broker.api({ method: 'GET', url: '/services/cart/versions/c9' })).statusCode).toBe(404);
  });

  it('says what is missing outside a git repository, and passes broker refusals on as exit 2', async () => {
    const noVersion = await cli('publish', 'contract', file('cart-inventory.json'));
    expect(noVersion).toMatchObject({ code: 2 });
    expect(noVersion.stderr).toContain('missing --version: this is not a git repository');
    await writeFile(file('bad-spec.json'), '{"openapi": "3.0.3", "paths": 7}');
    const invalid = await cli(
      'publish',
      'spec',
      file('bad-spec.json'),
      '--provider',
      'inventory',
      '--version',
      'i2',
      '--branch',
      'main',
    );
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^signet: the broker answered 422 spec\.[\w.-]+: .+\(request /);
  });

  it('exits 3 when the broker is unreachable, and reads the broker URL from .signetrc.yaml', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    await writeFile(file('.signetrc.yaml'), `brokerUrl: ${closedUrl}\nversion: c2\nbranch: main\n`);
    const unreachable = await runCli(['publish', 'contract', file('cart-inventory.json')], scratch.dir);
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain(
      `cannot reach the broker at ${closedUrl}/api/v1/contracts: ECONNREFUSED`,
    );
    // The variable wins over the file; version and branch still come from the file.
    const published = await cli('publish', 'contract', file('cart-inventory.json'));
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('cart@c2 → inventory: created');
  });
});
