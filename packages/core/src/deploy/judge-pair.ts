import type { Integration, PairEvidence } from './model.js';
import type { Reason } from './reason.js';

/**
 * Judges one contract against one provider version. Two kinds of evidence count, either is enough
 * (SPEC §4): the contract passed comparison with the spec the provider version was verified against, or
 * the provider version verified this very contract with the Pact verifier.
 */
export function judgePair(integration: Integration, contractSha: string, evidence: PairEvidence): Reason[] {
  const { verifiedSpecSha: specSha, comparison, pactVerification } = evidence;
  if (pactVerification?.success) {
    return [{ kind: 'compatible', integration, via: 'pact-verification', contractSha, specSha }];
  }
  if (specSha !== undefined && comparison?.compatible) {
    return [{ kind: 'compatible', integration, via: 'comparison', contractSha, specSha }];
  }
  if (specSha !== undefined && comparison === undefined) {
    // The comparison may still prove compatibility, so even a failed Pact verification cannot settle it yet.
    return [{ kind: 'comparison-pending', integration, contractSha, specSha }];
  }
  const reasons: Reason[] = [];
  if (specSha !== undefined && comparison !== undefined) {
    reasons.push({ kind: 'incompatible', integration, contractSha, specSha, findings: comparison });
  }
  if (pactVerification !== undefined) {
    reasons.push({ kind: 'pact-verification-failed', integration, contractSha });
  }
  if (reasons.length === 0) reasons.push({ kind: 'no-spec-verified', integration, contractSha });
  return reasons;
}
