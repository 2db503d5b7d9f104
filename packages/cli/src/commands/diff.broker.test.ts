import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '@signet/broker/testing';
import { runCli, scratchDir } from '../testing/cli-run.js';

// Fowler's product search example (packages/core/test-fixtures/product-search): the shopping cart reads
// whether a product is in stock, the catalogue its price, nobody its description.
const fixtures = path.resolve(import.meta.dirname, '../../../core/test-fixtures/product-search');
const fixture = async (file: string) =>
  JSON.parse(await readFile(path.join(fixtures, file), 'utf8')) as Record<string, unknown>;

async function specWithout(field: string): Promise<string> {
  const spec = await fixture('openapi.json');
  const { Product: product } = (
    spec.components as {
      schemas: Record<string, { properties: Record<string, unknown>; required: string[] }>;
    }
  ).schemas;
  delete product!.properties[field];
  product!.required = product!.required.filter((name) => name !== field);
  return JSON.stringify(spec, null, 2);
}

describe('signet diff --provider (against the broker)', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);

  beforeAll(async () => {
    broker = await startTestBroker();
    env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
    scratch = await scratchDir();
    const steps: Array<[string, object]> = [
      ['/environments', { name: 'production', production: true }],
      ['/services/product-search/specs', { content: await fixture('openapi.json'), version: 'p1' }],
      [
        '/contracts',
        { content: await fixture('shopping-cart.pact.json'), consumerVersion: 'c2', branch: 'main' },
      ],
      [
        '/contracts',
        { content: await fixture('catalogue.pact.json'), consumerVersion: 'k7', branch: 'main' },
      ],
      ['/environments/production/deployments', { service: 'shopping-cart', version: 'c2' }],
    ];
    for (const [url, payload] of steps) {
      const response = await broker.api({ method: 'POST', url, payload });
      expect(response.statusCode, response.body).toBeLessThan(300);
    }
    await writeFile(path.join(scratch.dir, 'no-stock.json'), await specWithout('inStock'));
    await writeFile(path.join(scratch.dir, 'no-description.json'), await specWithout('description'));
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('exits 1 when a removed field breaks a consumer that reads it, naming that consumer only', async () => {
    const run = await cli('diff', '--head', 'no-stock.json', '--provider', 'product-search');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /breaks +breaking +response-required-property-removed +GET \/products response 200 application\/json items\[\]\.inStock/,
    );
    expect(run.stdout).toContain('breaks shopping-cart@c2 (main branch main)');
    expect(run.stdout).toContain('consumers checked: shopping-cart@c2 broken, catalogue@k7 compatible');
    expect(run.stdout).toContain(
      "fails: 1 of 2 consumer(s) broken against product-search's latest spec (p1)",
    );
  });

  it('exits 0 when the removed field is read by nobody: breaking in theory, unused, safe to ship', async () => {
    const run = await cli('diff', '--head', 'no-description.json', '--provider', 'product-search', '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      failed: boolean;
      impact: { changes: Array<{ verdict: string; message: string; change: { severity: string } }> };
    };
    expect(result.failed).toBe(false);
    expect(result.impact.changes.length).toBeGreaterThan(0);
    for (const change of result.impact.changes) {
      expect(change.change.severity).toBe('breaking');
      expect(change).toMatchObject({ verdict: 'unused', message: expect.stringContaining('safe to ship') });
    }
  });

  it('counts only the consumers deployed in --environment', async () => {
    const run = await cli(
      'diff',
      '--head',
      'no-stock.json',
      '--provider',
      'product-search',
      '--environment',
      'production',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('consumers checked: shopping-cart@c2 (production) broken\n');
  });

  it('writes the same formats as offline diff: junit fails the breaking case, github annotates the head spec', async () => {
    const junit = await cli(
      'diff',
      '--head',
      'no-stock.json',
      '--provider',
      'product-search',
      '--format',
      'junit',
    );
    expect(junit.code).toBe(1);
    expect(junit.stdout).toContain('<testsuite');
    expect(junit.stdout).toMatch(/<failure[^>]*>[^<]*items\[\]\.inStock/);
    const github = await cli(
      'diff',
      '--head',
      'no-stock.json',
      '--provider',
      'product-search',
      '--format',
      'github',
    );
    expect(github.stdout).toMatch(/::error file=no-stock\.json,line=\d+/);
    const markdown = await cli(
      'diff',
      '--head',
      'no-description.json',
      '--provider',
      'product-search',
      '--format',
      'markdown',
    );
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('safe to ship');
  });

  it('exits 2 on a usage error: --base with --provider, --environment without it, an unknown provider', async () => {
    expect(
      (await cli('diff', '--head', 'no-stock.json', '--base', 'x.json', '--provider', 'product-search')).code,
    ).toBe(2);
    expect((await cli('diff', '--head', 'no-stock.json', '--environment', 'production')).code).toBe(2);
    const ghost = await cli('diff', '--head', 'no-stock.json', '--provider', 'ghost');
    expect(ghost.code).not.toBe(0);
    expect(ghost.stderr).toContain('ghost');
  });
});
