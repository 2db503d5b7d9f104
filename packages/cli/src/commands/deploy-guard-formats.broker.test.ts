import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { describeWithXmllint, junitSchemaErrors } from '../output/report/testing/report-schemas.js';
import { runCli, scratchDir } from '../testing/cli-run.js';

const items: ['get', string] = ['get', '/api/items/{itemId}'];
const gadgets: ['get', string] = ['get', '/api/gadgets/{gadgetId}'];

let broker: TestBroker;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let env: Record<string, string>;

/** cart@sc2 needs an operation inventory@inv1 (deployed, verified) lacks: unsafe. inventory@inv1 itself: safe. */
beforeAll(async () => {
  broker = await startTestBroker();
  env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
  scratch = await scratchDir();
  await given(broker)
    .environment('production')
    .spec('inventory', [items], { version: 'inv1' })
    .verified('inventory', 'inv1')
    .deployed('inventory', 'inv1', 'production')
    .contract('cart', 'sc2', 'inventory', [items, gadgets])
    .spec('inventory', [items, gadgets], { version: 'inv2' })
    .build();
});
afterAll(async () => {
  await broker.close();
  await scratch.remove();
});

function guard(service: string, version: string, more: string[], extraEnv: Record<string, string> = {}) {
  const argv = ['deploy-guard', '--service', service, '--version', version, '--environment', 'production'];
  return runCli([...argv, ...more], scratch.dir, { ...env, ...extraEnv });
}

describe('signet deploy-guard --format', () => {
  it('writes an error command per blocking reason and finding for github, without files', async () => {
    const run = await guard('cart', 'sc2', ['--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error title=incompatible::cart@sc2 → inventory@inv1: incompatible/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error title=request\.path-or-method\.unknown::.*GET \/api\/gadgets\//),
    );
    expect(lines.at(-1)).toBe('::notice title=signet deploy-guard::deploy cart@sc2 to production: unsafe');
    expect(run.stdout).not.toContain('file=');
  });

  it('prints the same JSON for --format json as for --json', async () => {
    const format = await guard('cart', 'sc2', ['--format', 'json']);
    const alias = await guard('cart', 'sc2', ['--json']);
    expect(JSON.parse(format.stdout)).toEqual(JSON.parse(alias.stdout));
    expect(JSON.parse(format.stdout)).toMatchObject({ verdict: 'unsafe' });
  });

  it('prints a Markdown summary with a row per reason', async () => {
    const run = await guard('inventory', 'inv1', ['--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^### ✅ signet deploy-guard: safe\n/);
    expect(run.stdout).toContain('| ✅ | inventory@inv1 is verified against its spec | — |');
  });

  it('writes the report to --output and appends the step summary, the text format included', async () => {
    const out = path.join(scratch.dir, 'guard.txt');
    const summary = path.join(scratch.dir, 'summary.md');
    await writeFile(summary, '');
    const run = await guard('cart', 'sc2', ['--output', out], { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`unsafe (text report written to ${out})\n`);
    expect(await readFile(out, 'utf8')).toMatch(/^deploy cart@sc2 to production: UNSAFE\n/);
    expect(await readFile(summary, 'utf8')).toMatch(/^### ❌ signet deploy-guard: unsafe\n/);
  });

  it('exits 2 for an unknown format before asking the broker', async () => {
    const run = await guard('cart', 'sc2', ['--format', 'sarif']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "signet: --format must be one of text, json, junit, github, markdown, got 'sarif'\n",
    );
  });
});

describeWithXmllint('signet deploy-guard --format junit against the JUnit schema', () => {
  it('is valid, with a testcase per reason and a failure for the blocking one', async () => {
    const run = await guard('cart', 'sc2', ['--format', 'junit']);
    expect(run.code).toBe(1);
    expect(junitSchemaErrors(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(
      /<testsuite name="deploy cart@sc2 to production" tests="[1-9]\d*" failures="[1-9]\d*"/,
    );
    expect(run.stdout).toMatch(
      /<testcase name="cart@sc2 → inventory@inv1: incompatible[^"]*"[^>]*>\n\s+<failure message="[^"]+" type="incompatible">/,
    );
  });
});
