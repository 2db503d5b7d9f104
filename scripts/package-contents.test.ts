import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['core', 'client', 'broker', 'cli', 'web'];

/** What `npm pack` would publish for a workspace package (it needs a build: `npm test` builds first). */
function packedFiles(name: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: `${root}packages/${name}`,
    encoding: 'utf8',
  });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
}

describe('published packages', () => {
  for (const name of packages) {
    it(`@signet/${name} ships no test file and no test helper`, () => {
      const files = packedFiles(name);
      expect(files.length).toBeGreaterThan(5);
      expect(
        files.filter((file) => /\.test\.|(^|\/)(testing|test-support|test-fixtures)\//.test(file)),
      ).toEqual([]);
    });
  }
});
