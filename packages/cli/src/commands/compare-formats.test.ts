import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeWithXmllint,
  junitSchemaErrors,
  sarifSchemaErrors,
} from '../output/report/testing/report-schemas.js';
import { runCli, scratchDir } from '../testing/cli-run.js';

const fixtures = path.resolve(import.meta.dirname, '../../test-fixtures');
const cliDir = path.resolve(fixtures, '..');

/** `signet compare` of the petstore fixtures from the package directory, so paths show as `test-fixtures/…`. */
function compare(contract: string, ...more: string[]): ReturnType<typeof runCli> {
  return compareIn(cliDir, {}, contract, ...more);
}

function compareIn(cwd: string, env: Record<string, string>, contract: string, ...more: string[]) {
  return runCli(
    [
      'compare',
      '--spec',
      path.join(fixtures, 'petstore.yaml'),
      '--contract',
      path.join(fixtures, contract),
      ...more,
    ],
    cwd,
    env,
  );
}

/** The 1-based line numbers of the lines of `file` that contain `text`. */
async function linesWith(file: string, text: string): Promise<number[]> {
  const lines = (await readFile(path.join(fixtures, file), 'utf8')).split('\n');
  return lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
}

describe('signet compare --format', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir();
  });
  afterAll(async () => {
    await scratch.remove();
  });

  it('prints the human report for text, the default', async () => {
    const text = await compare('pact-incompatible.json', '--format', 'text');
    expect(text.code).toBe(1);
    expect(text.stdout).toBe((await compare('pact-incompatible.json')).stdout);
    expect(text.stdout).toMatch(/incompatible: [1-9]\d* error/);
  });

  it('prints the same JSON for --format json as for --json', async () => {
    const format = await compare('pact-incompatible.json', '--format', 'json');
    const alias = await compare('pact-incompatible.json', '--json');
    expect(format.code).toBe(1);
    expect(JSON.parse(format.stdout)).toEqual(JSON.parse(alias.stdout));
    expect(JSON.parse(format.stdout)).toMatchObject({ compatible: false });
  });

  it('annotates the contract line of each finding for github, with the spec line in the message', async () => {
    const run = await compare('pact-incompatible.json', '--format', 'github');
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(errors.length).toBeGreaterThan(0);
    const [idLine] = await linesWith('pact-incompatible.json', '"id"');
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=test-fixtures/pact-incompatible\\.json,line=${idLine},title=response\\.body\\.incompatible::`,
        ),
      ),
    );
    expect(run.stdout).toContain(
      `spec: test-fixtures/petstore.yaml:${(await linesWith('petstore.yaml', 'type: integer'))[1]} at [root].paths./pets/{petId}.get`,
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^::notice title=signet compare::.*incompatible/);
  });

  it('writes valid SARIF with a rule per finding code and the spec as a related location', async () => {
    const run = await compare('pact-incompatible.json', '--format', 'sarif');
    expect(run.code).toBe(1);
    expect(sarifSchemaErrors(run.stdout)).toEqual([]);
    const log = JSON.parse(run.stdout) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{
          ruleId: string;
          level: string;
          relatedLocations: Array<{ physicalLocation: unknown }>;
        }>;
      }>;
    };
    const [sarifRun] = log.runs;
    expect(sarifRun?.tool.driver.rules.map((r) => r.id)).toEqual(['response.body.incompatible']);
    expect(sarifRun?.results.every((r) => r.level === 'error')).toBe(true);
    // The second `type: integer`: the Pet schema's id, reached through the response's $ref.
    const schemaLine = (await linesWith('petstore.yaml', 'type: integer'))[1];
    expect(sarifRun?.results.map((r) => r.relatedLocations[0]?.physicalLocation)).toContainEqual({
      artifactLocation: { uri: 'test-fixtures/petstore.yaml' },
      region: { startLine: schemaLine },
    });
  });

  it('writes a passing run as an empty SARIF log and a passing JUnit suite', async () => {
    const sarif = await compare('pact-compatible.json', '--format', 'sarif');
    expect(sarif.code).toBe(0);
    expect(sarifSchemaErrors(sarif.stdout)).toEqual([]);
    expect((JSON.parse(sarif.stdout) as { runs: Array<{ results: unknown[] }> }).runs[0]?.results).toEqual(
      [],
    );
    const junit = await compare('pact-compatible.json', '--format', 'junit');
    expect(junit.stdout).toMatch(/<testsuite name="[^"]*" tests="[1-9]\d*" failures="0"/);
  });

  it('prints a Markdown summary with a row per interaction', async () => {
    const run = await compare('pact-incompatible.json', '--format', 'markdown');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^### ❌ signet compare: incompatible/);
    expect(run.stdout).toContain('| ❌ | a request for pet 1 |');
  });

  it('writes the report to --output and only the verdict to stdout', async () => {
    const out = path.join(scratch.dir, 'compare.xml');
    const run = await compare('pact-incompatible.json', '--format', 'junit', '--output', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^incompatible: \d+ error\(s\), \d+ warning\(s\) \(junit report written to .*compare\.xml\)\n$/,
    );
    expect(await readFile(out, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  });

  it('appends a Markdown summary to GITHUB_STEP_SUMMARY, whatever the format', async () => {
    const summary = path.join(scratch.dir, 'step-summary.md');
    await writeFile(summary, 'earlier step\n');
    const run = await compareIn(cliDir, { GITHUB_STEP_SUMMARY: summary }, 'pact-incompatible.json', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ compatible: false });
    const written = await readFile(summary, 'utf8');
    expect(written.startsWith('earlier step\n### ❌ signet compare: incompatible')).toBe(true);
    expect(written).toContain('| ❌ | a request for pet 1 |');
  });

  it('exits 2 with the valid formats for an unknown one, and for --json with another format', async () => {
    const unknown = await compare('pact-compatible.json', '--format', 'xml');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      "signet: --format must be one of text, json, junit, github, markdown, sarif, got 'xml'\n",
    );
    const both = await compare('pact-compatible.json', '--json', '--format', 'junit');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and --format junit disagree');
  });

  it('exits 2 when --output cannot be written', async () => {
    const run = await compare(
      'pact-compatible.json',
      '--format',
      'junit',
      '--output',
      path.join(scratch.dir, 'no/such/dir.xml'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^signet: cannot write the report to .*dir\.xml: /);
  });
});

describeWithXmllint('signet compare --format junit against the JUnit schema', () => {
  it('is valid, with a failed testcase per incompatible interaction', async () => {
    const run = await compare('pact-incompatible.json', '--format', 'junit');
    expect(run.code).toBe(1);
    expect(junitSchemaErrors(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(
      /<testcase name="a request for pet 1" classname="test-fixtures\/pact-incompatible\.json" time="0">\n\s+<failure message="[^"]+" type="response\.body\.incompatible">/,
    );
  });
});
