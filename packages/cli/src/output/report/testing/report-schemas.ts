import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const fixtures = path.resolve(import.meta.dirname, '../../../../test-fixtures/report');

/** Why JUnit XML cannot be checked against its schema here (no `xmllint`), or undefined when it can. */
export function xmllintMissing(): string | undefined {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return probe.error === undefined && probe.status === 0
    ? undefined
    : 'xmllint is not installed (apt-get install -y libxml2-utils)';
}

/**
 * A suite that validates JUnit XML with `xmllint --schema`: it runs when xmllint is there, fails under `CI=true`
 * when it is not (CI must prove the XML valid), and is skipped locally with the reason said loudly.
 */
export function describeWithXmllint(title: string, suite: () => void): void {
  const missing = xmllintMissing();
  if (missing === undefined) describe(title, suite);
  else if (process.env['CI'] === 'true')
    describe(title, () =>
      it('has xmllint to validate with in CI', () => expect.fail(`CI=true but ${missing}`)),
    );
  else {
    console.warn(`[signet] ${title} skipped: ${missing}`);
    describe.skip(`${title} — SKIPPED: ${missing}`, suite);
  }
}

/** xmllint's complaints about `xml` against the JUnit schema; empty when it is valid. */
export function junitSchemaErrors(xml: string): string[] {
  const run = spawnSync('xmllint', ['--noout', '--schema', path.join(fixtures, 'junit.xsd'), '-'], {
    input: xml,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status === 0) return [];
  return (run.stderr || String(run.error))
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith(' validates'));
}

let sarifValidator: ReturnType<Ajv['compile']> | undefined;

/** Ajv's complaints about `text` against the official SARIF 2.1.0 schema; empty when it is valid. */
export function sarifSchemaErrors(text: string): string[] {
  if (sarifValidator === undefined) {
    const schema = JSON.parse(readFileSync(path.join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    // The schema's `language` pattern has a stray `]`, which only non-Unicode regular expressions accept.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    sarifValidator = ajv.compile(schema);
  }
  if (sarifValidator(JSON.parse(text))) return [];
  return (sarifValidator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
