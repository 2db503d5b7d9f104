import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../testing/cli-run.js';

const base = `openapi: 3.0.3
info: {title: pets, version: '1'}
paths:
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: q, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [name]
                properties:
                  name: {type: string}
                  tag: {type: string}
`;
// q became required (breaking); tag removed from the response (potentially breaking); a new path (safe).
const head = base
  .replace('{name: q, in: query, schema', '{name: q, in: query, required: true, schema')
  .replace('                  tag: {type: string}\n', '')
  .replace('paths:\n', "paths:\n  /owners:\n    get:\n      responses:\n        '200': {description: ok}\n");
const onlyPotential = base.replace('                  tag: {type: string}\n', '');

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await scratchDir());
  await writeFile(path.join(dir, 'base.yaml'), base);
  await writeFile(path.join(dir, 'head.yaml'), head);
  await writeFile(path.join(dir, 'potential.yaml'), onlyPotential);
});
afterEach(() => remove());

describe('signet diff', () => {
  it('exits 1 on a breaking change and lists each change with its check id', async () => {
    const run = await runCli(['diff', '--base', 'base.yaml', '--head', 'head.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('request-parameter-became-required  GET /pets/{id} query q');
    expect(run.stdout).toContain('response-optional-property-removed');
    expect(run.stdout).toContain('api-path-added');
    expect(run.stdout).toContain('fails on breaking: 1 breaking, 1 potentially breaking, 1 safe change(s)');
  });

  it('exits 0 for a spec against itself', async () => {
    const run = await runCli(['diff', '--base', 'base.yaml', '--head', 'base.yaml'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('passes: 0 breaking, 0 potentially breaking, 0 safe change(s)\n');
  });

  it('fails on a potentially breaking change only when --fail-on says so', async () => {
    const lenient = await runCli(['diff', '--base', 'base.yaml', '--head', 'potential.yaml'], dir);
    expect(lenient.code).toBe(0);
    const strict = [
      'diff',
      '--base',
      'base.yaml',
      '--head',
      'potential.yaml',
      '--fail-on',
      'potentially-breaking',
    ];
    expect((await runCli(strict, dir)).code).toBe(1);
  });

  it('prints the changes as JSON with --json', async () => {
    const run = await runCli(['diff', '--base', 'base.yaml', '--head', 'head.yaml', '--json'], dir);
    const json = JSON.parse(run.stdout) as {
      failed: boolean;
      changes: Array<{ id: string; severity: string; head?: string }>;
    };
    expect(json.failed).toBe(true);
    expect(json.changes.find((c) => c.id === 'request-parameter-became-required')).toMatchObject({
      severity: 'breaking',
      head: '/paths/~1pets~1{id}/get/parameters/1',
    });
  });

  it('annotates the spec line for GitHub, and writes JUnit and Markdown reports', async () => {
    const github = await runCli(
      ['diff', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'github'],
      dir,
    );
    // Line 12 of head.yaml: the q parameter, four lines lower than in base.yaml for the added path.
    expect(github.stdout).toMatch(/::error file=head\.yaml,line=12[^:]*::.*request-parameter-became-required/);
    const junit = [
      'diff',
      '--base',
      'base.yaml',
      '--head',
      'head.yaml',
      '--format',
      'junit',
      '--output',
      'r.xml',
    ];
    expect((await runCli(junit, dir)).code).toBe(1);
    const xml = await readFile(path.join(dir, 'r.xml'), 'utf8');
    expect(xml).toContain('<testsuite');
    expect(xml.match(/<failure/g)).toHaveLength(1);
    const markdown = await runCli(
      ['diff', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'markdown'],
      dir,
    );
    expect(markdown.stdout).toContain('request-parameter-became-required');
  });

  it('exits 2 with a message for a missing or invalid file and for a bad --fail-on', async () => {
    const missing = await runCli(['diff', '--base', 'nope.yaml', '--head', 'head.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/invalid base spec nope\.yaml/);
    await writeFile(path.join(dir, 'bad.yaml'), 'openapi: 3.0.3\npaths: [');
    expect((await runCli(['diff', '--base', 'base.yaml', '--head', 'bad.yaml'], dir)).code).toBe(2);
    const badFailOn = await runCli(
      ['diff', '--base', 'base.yaml', '--head', 'head.yaml', '--fail-on', 'safe'],
      dir,
    );
    expect(badFailOn.code).toBe(2);
    expect(badFailOn.stderr).toContain('--fail-on must be breaking or potentially-breaking');
  });
});
