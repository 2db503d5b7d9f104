/** Why a provider version must verify a newly published pact (Pact Broker's "required verifications"). */
export type RequiredReason =
  | { kind: 'main-branch-head'; branch: string }
  | { kind: 'deployed'; environment: string }
  | { kind: 'released'; environment: string };

/** A provider version that may have to verify the pact: why, and whether it already verified this content. */
export interface VerificationCandidate {
  providerVersion: string;
  /** The version's own branch (null when it has none). */
  providerBranch: string | null;
  reason: RequiredReason;
  verified: boolean;
}

/** One provider version that has not verified the pact's content yet, with every reason it is required. */
export interface RequiredVerification {
  providerVersion: string;
  /** The main branch when the version is its head, else the version's own branch ('' when none). */
  providerBranch: string;
  /** `latest from main branch`, `deployed in <env>`, `released in <env>`: Pact's `providerVersionDescriptions`. */
  descriptions: string[];
}

const describe = (reason: RequiredReason): string =>
  reason.kind === 'main-branch-head'
    ? 'latest from main branch'
    : `${reason.kind === 'deployed' ? 'deployed' : 'released'} in ${reason.environment}`;

/**
 * The provider versions a `contract_requiring_verification_published` event is sent for: each candidate
 * (the head of the provider's main branch, each deployed version, each released and supported version) that
 * has not verified this content, one per version (a version required for several reasons is listed once,
 * its descriptions merged, in the order given).
 *
 * @example
 * requiredVerifications([
 *   { providerVersion: 'p2', providerBranch: 'main', reason: { kind: 'main-branch-head', branch: 'main' }, verified: false },
 *   { providerVersion: 'p2', providerBranch: 'main', reason: { kind: 'deployed', environment: 'prod' }, verified: false },
 * ]) // → [{ providerVersion: 'p2', providerBranch: 'main', descriptions: ['latest from main branch', 'deployed in prod'] }]
 */
export function requiredVerifications(candidates: readonly VerificationCandidate[]): RequiredVerification[] {
  const byVersion = new Map<string, RequiredVerification>();
  for (const candidate of candidates) {
    if (candidate.verified) continue;
    const required = byVersion.get(candidate.providerVersion) ?? {
      providerVersion: candidate.providerVersion,
      providerBranch: candidate.providerBranch ?? '',
      descriptions: [],
    };
    if (candidate.reason.kind === 'main-branch-head') required.providerBranch = candidate.reason.branch;
    const description = describe(candidate.reason);
    if (!required.descriptions.includes(description)) required.descriptions.push(description);
    byVersion.set(candidate.providerVersion, required);
  }
  return [...byVersion.values()];
}
