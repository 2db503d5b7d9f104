import type { PactCandidate } from '../../store/pact-candidates.js';
import type { VerificationFact } from '../../store/pact-verifications.js';

let next = 1;

/** A candidate pact for unit tests; ids grow with each call so later ones are "newer". */
export function candidate(
  overrides: Partial<PactCandidate> & Pick<PactCandidate, 'consumer' | 'consumerVersion'>,
): PactCandidate {
  const id = next++;
  return {
    contractId: id,
    consumerMainBranch: 'main',
    consumerVersionId: id,
    branches: [],
    tags: [],
    headBranches: overrides.branches ?? [],
    headTags: overrides.tags ?? [],
    contentSha: `sha-${overrides.consumerVersion}`,
    createdAt: new Date('2024-06-01'),
    deployments: [],
    ...overrides,
  };
}

/** A successful verification fact. */
export function success(overrides: Partial<VerificationFact> = {}): VerificationFact {
  return {
    contentSha: 'sha',
    providerBranches: [],
    providerTags: [],
    createdAt: new Date('2024-06-02'),
    wip: false,
    ...overrides,
  };
}
