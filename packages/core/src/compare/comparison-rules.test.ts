import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../contracts/index.js';
import { loadSpec } from '../specs/index.js';
import { comparisonRules } from './comparison-rules.js';
import { compare } from './index.js';

const root = join(import.meta.dirname, '../../test-fixtures/openapi-pact-comparison');

/**
 * What each value of `comparisonRules` gave on every OpenAPI conformance fixture, oldest first. When the
 * comparison's results change, `comparisonRules` must change too (so the broker recomputes what it stored): append
 * the new pair; a value of the rules may appear once only.
 */
const history = [
  { rules: '2026-12-03.1', results: '5867fae802cf1f9a5a005ccc3bcdff2dcfe4f0e1afceb10df731ec84a9a703f9' },
  // A pact's AsyncAPI messageId narrows its operation's messages (not in the OpenAPI fixtures, same digest).
  { rules: '2026-12-03.2', results: '5867fae802cf1f9a5a005ccc3bcdff2dcfe4f0e1afceb10df731ec84a9a703f9' },
];

async function resultsDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of readdirSync(join(root, 'oas')).sort()) {
    const dir = join(root, 'oas', name);
    if (!existsSync(join(dir, 'oas.yaml'))) continue;
    let line: string;
    try {
      const spec = await loadSpec({ path: join(dir, 'oas.yaml') });
      const { compatible, findings } = compare(
        spec,
        parseContract(readFileSync(join(dir, 'pact.json'), 'utf8')),
      );
      const keys = findings.map((f) => `${f.code} ${f.type} ${f.mockDetails.location}`).sort();
      line = `${name} ${compatible} ${keys.join(',')}`;
    } catch (error) {
      line = `${name} refused ${(error as { code?: string }).code ?? String(error)}`;
    }
    hash.update(line + '\n');
  }
  return hash.digest('hex');
}

describe('comparisonRules', () => {
  it('changes whenever the comparison gives other results on the conformance fixtures', async () => {
    const results = await resultsDigest();
    const latest = history.at(-1)!;
    if (results !== latest.results)
      expect.fail(
        `The comparison's results changed (digest ${results}). Stored comparisons computed with the old rules ` +
          `must be recomputed: change comparisonRules in comparison-rules.ts (now ${comparisonRules}) and append ` +
          `{ rules: <the new value>, results: '${results}' } to the history here.`,
      );
    expect(comparisonRules).toBe(latest.rules);
    expect(new Set(history.map((entry) => entry.rules)).size).toBe(history.length);
  });
});
