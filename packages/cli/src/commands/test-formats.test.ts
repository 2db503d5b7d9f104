import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startItemsProvider,
  type Fault,
  type ItemsProvider,
} from '../actions/verify/testing/items-provider.js';
import { describeWithXmllint, junitSchemaErrors } from '../output/report/testing/report-schemas.js';
import { runCli, scratchDir } from '../testing/cli-run.js';

const cliDir = path.resolve(import.meta.dirname, '../..');
const specFile = path.join(cliDir, 'test-fixtures/verify/items.yaml');

let provider: ItemsProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** `signet test` of the items provider with `faults`, run from the package directory (paths show relative). */
async function verify(faults: Fault[], env: Record<string, string>, ...flags: string[]) {
  provider = await startItemsProvider(new Set(faults));
  return runCli(
    ['test', '--provider-url', provider.url, '--spec', specFile, '--seed', '7', ...flags],
    cliDir,
    env,
  );
}

describe('signet test --format', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir();
  });
  afterAll(async () => {
    await scratch.remove();
  });

  it('annotates the failing operation in the spec for github', async () => {
    const run = await verify(['undocumented-status'], {}, '--operation', 'createItem', '--format', 'github');
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    // `post:` under `/items:` is line 28 of the spec.
    expect(lines[0]).toMatch(
      /^::error file=test-fixtures\/verify\/items\.yaml,line=28,title=status-documented::POST \/items \(createItem\): status 200 is not documented/,
    );
    expect(lines.slice(0, -1).every((line) => line.startsWith('::error '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::notice title=signet test::.*verification failed/);
  });

  it('prints the human report for --format text, as without --format', async () => {
    const format = await verify(['wrong-type'], {}, '--operation', 'getItem', '--format', 'text');
    expect(format.code).toBe(1);
    const plain = await verify(['wrong-type'], {}, '--operation', 'getItem');
    // The port and the provider's random request ids differ between the two runs.
    const unported = (text: string) =>
      text.replace(/127\.0\.0\.1:\d+/g, 'provider').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'uuid');
    expect(unported(format.stdout)).toBe(unported(plain.stdout));
    expect(format.stdout).toContain('FAIL GET /items/{itemId}');
  });

  it('prints the same JSON for --format json as for --json', async () => {
    const format = await verify([], {}, '--operation', 'getItem', '--format', 'json');
    expect(format.code).toBe(0);
    const alias = await verify([], {}, '--operation', 'getItem', '--json');
    const strip = (text: string) => {
      const {
        startedAt: _s,
        durationMs: _d,
        providerUrl: _u,
        ...rest
      } = JSON.parse(text) as Record<string, unknown>;
      return rest;
    };
    expect(strip(format.stdout)).toEqual(strip(alias.stdout));
    expect(strip(format.stdout)).toMatchObject({ success: true });
  });

  it('prints a Markdown summary with a row per operation', async () => {
    const run = await verify(['wrong-type'], {}, '--format', 'markdown');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^### ❌ signet test: verification failed/);
    expect(run.stdout).toContain('| ❌ | GET /items/{itemId} (getItem) | ');
    expect(run.stdout).toContain('| ✅ | GET /items (listItems) | — |');
  });

  it('writes the report to --output, the verdict to stdout, and the step summary when asked', async () => {
    const out = path.join(scratch.dir, 'test.xml');
    const summary = path.join(scratch.dir, 'summary.md');
    await writeFile(summary, '');
    const run = await verify([], { GITHUB_STEP_SUMMARY: summary }, '--format', 'junit', '--output', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^verification passed: \d+ request\(s\), no failures \(junit report written to .*test\.xml\)\n$/,
    );
    expect(await readFile(out, 'utf8')).toMatch(/<testsuite name="[^"]+" tests="3" failures="0"/);
    expect(await readFile(summary, 'utf8')).toMatch(/^### ✅ signet test: verification passed/);
  });

  it('exits 2 for sarif, which only compare writes, naming the formats it has', async () => {
    const run = await runCli(
      ['test', '--provider-url', 'http://127.0.0.1:9', '--spec', specFile, '--format', 'sarif'],
      cliDir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "signet: --format must be one of text, json, junit, github, markdown, got 'sarif'\n",
    );
  });
});

describeWithXmllint('signet test --format junit against the JUnit schema', () => {
  it('is valid, with a testcase per operation and a failure for each failing one', async () => {
    const run = await verify(['wrong-type', 'undocumented-status'], {}, '--format', 'junit');
    expect(run.code).toBe(1);
    expect(junitSchemaErrors(run.stdout)).toEqual([]);
    expect(run.stdout.match(/<testcase /g)).toHaveLength(3);
    expect(run.stdout).toMatch(
      /<testcase name="GET \/items\/\{itemId\} \(getItem\)"[^>]*>\n\s+<failure message="[^"]+" type="response-body">/,
    );
    expect(run.stdout).toMatch(/<testcase name="GET \/items \(listItems\)"[^>]*\/>/);
    expect(run.stdout).toContain('curl -X POST');
  });
});
