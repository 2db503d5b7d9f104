import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchMessage, matchRequest, matchResponse } from './index.js';
import type { MatchResult, PactVersion } from './index.js';

const root = fileURLToPath(new URL('../../test-fixtures/pact-specification/', import.meta.url));

const VERSIONS: Array<{ folder: string; version: PactVersion }> = [
  { folder: 'version-1', version: '1' },
  { folder: 'version-1.1', version: '1.1' },
  { folder: 'version-2', version: '2' },
  { folder: 'version-3', version: '3' },
  { folder: 'version-4', version: '4' },
];

interface TestCase {
  match: boolean;
  comment: string;
  expected: unknown;
  actual: unknown;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? jsonFiles(join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

const MATCHERS: Record<string, typeof matchRequest> = {
  request: matchRequest,
  response: matchResponse,
  message: matchMessage,
};

const allFiles = VERSIONS.flatMap(({ folder }) => jsonFiles(join(root, folder)));

it('finds every conformance case (594 in the Pact specification)', () => {
  expect(allFiles).toHaveLength(594);
});

for (const { folder, version } of VERSIONS) {
  const cases = jsonFiles(join(root, folder)).map((file) => {
    const name = relative(join(root, folder, 'testcases'), file);
    return { name, kind: name.split('/')[0]!, testCase: JSON.parse(readFileSync(file, 'utf8')) as TestCase };
  });

  describe(`pact-specification ${folder}`, () => {
    it.each(cases)(`${folder}/$name`, ({ kind, testCase }) => {
      const match = MATCHERS[kind];
      expect(match, `no matcher for case kind '${kind}'`).toBeDefined();
      const result: MatchResult = match!(testCase.expected, testCase.actual, { pactVersion: version });
      expect(result.matched, `${testCase.comment}\n${JSON.stringify(result.mismatches, null, 2)}`).toBe(
        testCase.match,
      );
      if (!testCase.match) expect(result.mismatches.length).toBeGreaterThan(0);
      else expect(result.mismatches).toEqual([]);
    });
  });
}
