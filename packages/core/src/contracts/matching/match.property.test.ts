import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMessage, matchRequest, matchResponse } from './match.js';
import type { PactVersion } from '../model.js';
import { KNOWN_MATCHERS } from '../parse/known-matchers.js';

const version = fc.constantFrom<PactVersion>('1', '1.1', '2', '3', '4');
const json = fc.jsonValue({ maxDepth: 5 });
// Every matcher the engine knows, plus a name it does not.
const matcherName = fc.constantFrom(...KNOWN_MATCHERS, 'bogus');
const matcher = fc.record(
  {
    match: fc.oneof(matcherName, fc.anything()),
    regex: fc.oneof(fc.string(), fc.constantFrom('(a+)+$', '(?=x)', '[', '\\d+')),
    min: fc.anything(),
    max: fc.anything(),
    value: fc.anything(),
    format: fc.string(),
    status: fc.anything(),
    variants: fc.anything(),
    rules: fc.anything(),
  },
  { requiredKeys: [] },
);
const path = fc.oneof(
  fc.constantFrom('$', '$.a', '$.a[*]', '$.*', "$['a.b']", '$[0].x', '$.a.b[*].*'),
  fc.string(),
);
const nonsenseRules = fc.oneof(
  fc.dictionary(path, fc.oneof(matcher, fc.anything())),
  fc.record(
    {
      body: fc.dictionary(
        path,
        fc.record({ combine: fc.anything(), matchers: fc.array(fc.oneof(matcher, fc.anything())) }),
      ),
      header: fc.anything(),
      query: fc.anything(),
      path: fc.anything(),
      status: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const part = fc.record(
  {
    method: fc.oneof(fc.constantFrom('GET', 'post'), fc.anything()),
    path: fc.oneof(fc.string(), fc.anything()),
    status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.anything()),
    query: fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.array(fc.string())), fc.anything()),
    headers: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything()),
    body: json,
    contents: json,
    metaData: fc.anything(),
    metadata: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('matching never throws', () => {
  it('for arbitrary parts and nonsense rules, in every version', () => {
    fc.assert(
      fc.property(part, part, nonsenseRules, version, (expected, actual, rules, pactVersion) => {
        for (const match of [matchRequest, matchResponse, matchMessage]) {
          const result = match({ ...expected, matchingRules: rules }, actual, { pactVersion });
          expect(typeof result.matched).toBe('boolean');
          expect(result.matched).toBe(result.mismatches.length === 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('for arbitrary values in place of whole parts', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), version, (expected, actual, pactVersion) => {
        for (const match of [matchRequest, matchResponse, matchMessage])
          expect(typeof match(expected, actual, { pactVersion }).matched).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('identical parts without rules always match', () => {
  it('requests, responses and messages', () => {
    const clean = fc.record({
      method: fc.constantFrom('GET', 'POST'),
      path: fc.string(),
      status: fc.integer({ min: 100, max: 599 }),
      query: fc.dictionary(fc.string(), fc.array(fc.string(), { minLength: 1 })),
      headers: fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
      body: json,
      contents: json,
    });
    fc.assert(
      fc.property(clean, version, (value, pactVersion) => {
        const copy: unknown = structuredClone(value);
        expect(matchRequest(value, copy, { pactVersion }).mismatches).toEqual([]);
        expect(matchResponse(value, copy, { pactVersion }).mismatches).toEqual([]);
        expect(matchMessage(value, copy, { pactVersion }).mismatches).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
