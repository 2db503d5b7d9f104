import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrokerProcess, type BrokerProcess } from '../reference-workflow/processes/broker.js';
import { signet, type SignetEnv } from '../reference-workflow/processes/signet.js';

// Fowler's consumer-driven contracts example, end to end: a real `signet broker` process and the built CLI in
// child processes (build first: `npx tsc -b`). Two consumers of a product search API read different fields of a
// product; the provider asks the broker, before publishing, what removing a field would break.
const fixtures = path.resolve(import.meta.dirname, '../../packages/core/test-fixtures/product-search');

async function specWithout(field: string): Promise<string> {
  const spec = JSON.parse(await readFile(path.join(fixtures, 'openapi.json'), 'utf8')) as {
    components: { schemas: { Product: { properties: Record<string, unknown>; required: string[] } } };
  };
  const product = spec.components.schemas.Product;
  delete product.properties[field];
  product.required = product.required.filter((name) => name !== field);
  return JSON.stringify(spec, null, 2);
}

describe('the Fowler scenario: which consumer does removing a field break?', () => {
  let broker: BrokerProcess | undefined;
  let dir: string;
  let where: SignetEnv;
  const cli = async (...args: string[]) => signet(args, where);
  const ok = async (...args: string[]) => {
    const run = await cli(...args);
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    return run;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'signet-fowler-'));
    for (const file of ['openapi.json', 'shopping-cart.pact.json', 'catalogue.pact.json'])
      await copyFile(path.join(fixtures, file), path.join(dir, file));
    await writeFile(path.join(dir, 'no-stock.json'), await specWithout('inStock'));
    await writeFile(path.join(dir, 'no-description.json'), await specWithout('description'));
    broker = await startBrokerProcess();
    where = { cwd: dir, env: { SIGNET_BROKER_URL: broker.url } };
    await ok('environment', 'create', 'production', '--production');
    await ok(
      'publish',
      'spec',
      'openapi.json',
      '--provider',
      'product-search',
      '--version',
      'p1',
      '--branch',
      'main',
    );
    await ok('publish', 'contract', 'shopping-cart.pact.json', '--version', 'c2', '--branch', 'main');
    await ok('publish', 'contract', 'catalogue.pact.json', '--version', 'k7', '--branch', 'main');
    await ok(
      'record-deployment',
      '--service',
      'shopping-cart',
      '--version',
      'c2',
      '--environment',
      'production',
    );
    await ok('record-deployment', '--service', 'catalogue', '--version', 'k7', '--environment', 'production');
  }, 300_000);
  afterAll(async () => {
    await broker?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('removing a field one consumer reads breaks that one only (exit 1)', async () => {
    const run = await cli(
      'diff',
      '--head',
      'no-stock.json',
      '--provider',
      'product-search',
      '--environment',
      'production',
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('breaks shopping-cart@c2 (production, main branch main)');
    expect(run.stdout).not.toMatch(/breaks [^\n]*catalogue/);
    expect(run.stdout).toContain(
      'consumers checked: shopping-cart@c2 (production) broken, catalogue@k7 (production) compatible',
    );
  });

  it('removing a field nobody reads is breaking in theory, unused: safe to ship (exit 0)', async () => {
    const run = await cli(
      'diff',
      '--head',
      'no-description.json',
      '--provider',
      'product-search',
      '--environment',
      'production',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      failed: boolean;
      impact: { changes: Array<{ verdict: string; change: { severity: string; propertyPath?: string } }> };
    };
    expect(result.failed).toBe(false);
    const removals = result.impact.changes.filter((c) => c.change.propertyPath?.endsWith('description'));
    expect(removals.length).toBeGreaterThan(0);
    for (const removal of removals)
      expect(removal).toMatchObject({ verdict: 'unused', change: { severity: 'breaking' } });
  });

  it('offline, without the consumers, both removals are simply breaking (exit 1)', async () => {
    for (const head of ['no-stock.json', 'no-description.json']) {
      const run = await cli('diff', '--base', 'openapi.json', '--head', head);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('response-required-property-removed');
    }
  });

  it('the broker stored nothing: its only spec is still p1', async () => {
    const response = await fetch(`${broker!.url}/api/v1/services/product-search/specs`);
    const page = (await response.json()) as { items: Array<{ version: string }> };
    expect(page.items.map((s) => s.version)).toEqual(['p1']);
  });
});
