import { parseContract } from '../../contracts/index.js';
import { loadSpec } from '../../specs/index.js';
import { compare, type CompareOptions } from '../index.js';
import type { ComparisonResult, Finding } from '../model.js';

/** Test helper: compares a spec written in YAML with a Pact v3 file holding `interactions`. */
export async function comparePact(
  yaml: string,
  interactions: object[],
  options?: CompareOptions,
): Promise<ComparisonResult> {
  const contract = parseContract({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
  return compare(await loadSpec(yaml), contract, options);
}

/** `code type location`, the short form of a finding tests compare. */
export function brief(finding: Finding): string {
  return `${finding.code} ${finding.type} ${finding.mockDetails.location}`;
}
