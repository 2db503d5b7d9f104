/**
 * PactFlow's openapi-pact-comparison fixtures (MIT, see test-fixtures/openapi-pact-comparison/LICENSE):
 * for every case, loading `oas.yaml`, parsing `pact.json` and comparing must give the same multiset of
 * (code, type, mockDetails.location) as PactFlow's `results.json`, except where {@link DEVIATIONS} says why not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../contracts/index.js';
import { SpecError, loadSpec } from '../specs/index.js';
import { compare } from './index.js';

const root = join(import.meta.dirname, '../../test-fixtures/openapi-pact-comparison');
const cases = [...readdirSync(join(root, 'oas')).map((name) => `oas/${name}`), 'oas-allOf-with-references'];

type Deviation =
  | { kind: 'findings'; missing?: string[]; extra?: string[]; reason: string }
  | { kind: 'spec-rejected'; code: string; reason: string };

/** Where Signet knowingly differs from PactFlow's expected results, and why. */
const DEVIATIONS: Record<string, Deviation> = {
  'oas/if-then-else': {
    kind: 'findings',
    missing: [
      'response.body.incompatible error [root].interactions[2].response.body',
      'response.body.incompatible error [root].interactions[2].response.body',
      'response.body.incompatible error [root].interactions[3].response.body',
      'response.body.incompatible error [root].interactions[3].response.body',
    ],
    reason:
      'A response field the consumer leaves out never matters, required or not. `then: {required: [cardNumber]}` ' +
      'only says the provider always sends cardNumber with method=card; a consumer that ignores it still works ' +
      'with every response the provider may send. PactFlow drops `required` only next to `properties`.',
  },
  'oas/request-security': {
    kind: 'findings',
    extra: ['request.authorization.missing error [root].interactions[17].request.headers'],
    reason:
      'The interaction calls an endpoint secured by an apiKey cookie without any cookie, expecting 200; its own ' +
      'description says "should error". PactFlow does not check cookie credentials; Signet does.',
  },
  'oas/example-petstore-invalid': {
    kind: 'findings',
    extra: [
      'request.authorization.missing error [root].interactions[0].request.headers',
      ...[0, 1, 2, 3, 4].map(
        (i) => `request.path.prefix-missing warning [root].interactions[${i}].request.path`,
      ),
    ],
    reason:
      'POST /pet requires petstore_auth (oauth2) and the request carries no Authorization header, so a real ' +
      'provider answers 401. PactFlow does not check oauth2 or openIdConnect requirements; Signet checks that a ' +
      'credential is present. The spec serves under /smartbear/example-petstore-integration/1.0.0 and the ' +
      'requests omit it: PactFlow ignores OAS 3 servers; Signet matches both ways and says, as a warning only, ' +
      'that it assumed the base URL carries the prefix.',
  },
  'oas/pact-formats': {
    kind: 'findings',
    extra: [
      'message.spec.missing error [root].interactions[0]',
      'message.spec.missing error [root].interactions[1]',
    ],
    reason:
      'The pact holds an async and a sync message, and only an OpenAPI spec is given. PactFlow ignores them; ' +
      'Signet reports each as not checked (no AsyncAPI spec to check it against), since a message nothing ' +
      'checked must never count as compatible.',
  },
  'oas/broken-references': {
    kind: 'spec-rejected',
    code: 'spec.ref.unresolved',
    reason:
      'Every schema in this spec is a $ref to a missing component. PactFlow skips what it cannot resolve and ' +
      'reports nothing; Signet refuses to load such a spec with a precise error (SPEC §3: "a broken spec gives a ' +
      'precise error"), so the comparison never passes on a spec that says nothing.',
  },
};

function key(f: { code: string; type: string; mockDetails: { location: string } }): string {
  return `${f.code} ${f.type} ${f.mockDetails.location}`;
}

function expectedKeys(name: string, deviation: Deviation | undefined): string[] {
  const results = JSON.parse(readFileSync(join(root, name, 'results.json'), 'utf8')) as Array<
    Parameters<typeof key>[0]
  >;
  const keys = results.map(key);
  if (deviation?.kind !== 'findings') return keys.sort();
  for (const gone of deviation.missing ?? []) {
    const at = keys.indexOf(gone);
    expect(at, `documented missing finding is in results.json: ${gone}`).toBeGreaterThanOrEqual(0);
    keys.splice(at, 1);
  }
  return [...keys, ...(deviation.extra ?? [])].sort();
}

describe('openapi-pact-comparison conformance', () => {
  it.each(cases)('%s', async (name) => {
    const deviation = DEVIATIONS[name];
    const specFile = join(root, name, 'oas.yaml');
    const pactText = readFileSync(join(root, name, 'pact.json'), 'utf8');
    if (deviation?.kind === 'spec-rejected') {
      const error: unknown = await loadSpec({ path: specFile }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).code).toBe(deviation.code);
      return;
    }
    const spec = await loadSpec({ path: specFile });
    const result = compare(spec, parseContract(pactText));
    expect(result.findings.map(key).sort()).toEqual(expectedKeys(name, deviation));
    expect(result.compatible).toBe(!result.findings.some((f) => f.type === 'error'));
  });

  it('covers every fixture case', () => {
    expect(cases).toHaveLength(29);
    for (const name of Object.keys(DEVIATIONS)) expect(cases).toContain(name);
  });
});
