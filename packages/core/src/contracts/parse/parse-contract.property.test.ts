import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../contract-error.js';
import { parseContract } from './parse-contract.js';

function outcome(run: () => unknown): 'ok' | 'contract-error' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof ContractError) return 'contract-error';
    throw error;
  }
}

const pactLike = fc.record(
  {
    consumer: fc.oneof(fc.record({ name: fc.string() }), fc.anything()),
    provider: fc.oneof(fc.record({ name: fc.string() }), fc.anything()),
    interactions: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 4 })), fc.jsonValue({ maxDepth: 2 })),
    metadata: fc.oneof(
      fc.constant(undefined),
      fc.record({
        pactSpecification: fc.record({ version: fc.constantFrom('1.0.0', '2.0.0', '3.0.0', '4.0', 'x') }),
      }),
    ),
  },
  { requiredKeys: [] },
);

describe('parseContract on arbitrary input', () => {
  // `outcome` rethrows anything that is not a ContractError, which fails the property.
  it('returns or throws ContractError for arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        outcome(() => parseContract(text));
      }),
      { numRuns: 300 },
    );
  });

  it('returns or throws ContractError for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        outcome(() => parseContract(text));
      }),
      { numRuns: 300 },
    );
  });

  it('returns or throws ContractError for pact-shaped objects with nonsense inside', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(pactLike, (doc) => {
        seen.add(outcome(() => parseContract(doc)));
      }),
      { numRuns: 500 },
    );
    // The generator reaches both outcomes, so the property exercised real parsing, not just rejection.
    expect([...seen].sort()).toEqual(['contract-error', 'ok']);
  });
});
