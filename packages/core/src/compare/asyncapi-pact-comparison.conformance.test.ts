/**
 * PactFlow's AsyncAPI comparator fixtures (MIT, see test-fixtures/openapi-pact-comparison/LICENSE): for every
 * case, loading its `oas.yaml` and/or `asyncapi.yaml`, parsing `pact.json` and comparing must give the same
 * multiset of findings as PactFlow's `results.json` (code, type, where the pact is, and each
 * `message.no.match`'s causes), except where {@link DEVIATIONS} says why not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../contracts/index.js';
import { loadSpec, type ProviderSpec } from '../specs/index.js';
import { compare } from './index.js';

const root = join(import.meta.dirname, '../../test-fixtures/openapi-pact-comparison/asyncapi');
const cases = readdirSync(root);

interface Deviation {
  extra: string[];
  reason: string;
}

/** Where Signet knowingly differs from PactFlow's expected results, and why. */
const DEVIATIONS: Record<string, Deviation> = {
  'mixed-http-and-async-no-asyncapi': {
    extra: ['message.spec.missing error [root].interactions[1]'],
    reason:
      'The pact holds an async message and only an OpenAPI spec is given. PactFlow then skips the message ' +
      'without a word (it reports message.spec.missing only when no spec at all is given); Signet reports it ' +
      'as not checked, since a message nothing checked must never count as compatible.',
  },
};

interface Expected {
  code: string;
  type: string;
  mockDetails?: { location: string };
  specDetails?: { location: string };
  causes?: Expected[];
}

/**
 * PactFlow's `message.matched` infos carry no mock details, so they are keyed by the spec message they name;
 * every other finding by where in the pact it is, plus its causes.
 */
function key(f: Expected): string {
  if (f.code === 'message.matched') return `${f.code} ${f.type} spec ${f.specDetails?.location ?? '?'}`;
  const causes = (f.causes ?? []).map(key).sort();
  return `${f.code} ${f.type} ${f.mockDetails?.location ?? '?'}${causes.length ? ` <= ${causes.join(' & ')}` : ''}`;
}

async function specsOf(name: string): Promise<ProviderSpec[]> {
  const files = ['oas.yaml', 'asyncapi.yaml']
    .map((file) => join(root, name, file))
    .filter((f) => existsSync(f));
  return Promise.all(files.map((path) => loadSpec({ path })));
}

describe('asyncapi-pact comparison conformance', () => {
  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(root, name, 'results.json'), 'utf8')) as Expected[];
    const contract = parseContract(readFileSync(join(root, name, 'pact.json'), 'utf8'));
    const result = compare(await specsOf(name), contract);
    const wanted = [...expected.map(key), ...(DEVIATIONS[name]?.extra ?? [])].sort();
    expect(result.findings.map(key).sort()).toEqual(wanted);
    expect(result.compatible).toBe(!result.findings.some((f) => f.type === 'error'));
    // Ours name the interaction even where PactFlow's carry no mock details.
    for (const f of result.findings) expect(f.mockDetails.location).toMatch(/^\[root\]\.interactions\[\d+\]/);
  });

  it('covers every fixture case', () => {
    expect(cases).toHaveLength(21);
    for (const name of Object.keys(DEVIATIONS)) expect(cases).toContain(name);
  });
});
