import { ensureComparison, type ParsedCache } from '../comparisons/ensure-comparison.js';
import type { BrokerDeps } from '../deps.js';
import type { Comparison, Verification } from '../store/index.js';

/** A (contract content, spec content) pair to compare. */
export interface Pair {
  contractSha: string;
  specSha: string;
}

/**
 * The verifications and comparisons one deploy decision reads, fetched a few queries at a time instead of one
 * query per contract and provider version (dozens per decision, each a round trip).
 */
export interface Evidence {
  latestSpecVerification(versionId: number): Verification | undefined;
  latestPactVerification(versionId: number, contractSha: string): Verification | undefined;
  /** Reads the stored comparisons of these pairs in one query, so `comparison` finds them without asking. */
  prefetchComparisons(pairs: Pair[]): Promise<void>;
  /** The pair's comparison: prefetched, or stored now (computed once, see `ensureComparison`). */
  comparison(pair: Pair, providerId: number): Promise<Comparison>;
}

export async function loadEvidence(
  deps: BrokerDeps,
  versionIds: number[],
  contractShas: string[],
): Promise<Evidence> {
  const { verifications } = deps.store;
  const specs = await verifications.latestSpecVerifications(versionIds);
  const pacts = await verifications.latestPactVerifications(versionIds, contractShas);
  const comparisons = new Map<string, Comparison>();
  const cache: ParsedCache = new Map();
  const key = (pair: Pair) => `${pair.contractSha}:${pair.specSha}`;
  return {
    latestSpecVerification: (versionId) => specs.get(versionId),
    latestPactVerification: (versionId, contractSha) => pacts.get(`${versionId}:${contractSha}`),
    prefetchComparisons: async (pairs) => {
      for (const [pairKey, comparison] of await deps.store.comparisons.findMany(pairs))
        comparisons.set(pairKey, comparison);
    },
    comparison: async (pair, providerId) =>
      comparisons.get(key(pair)) ??
      ensureComparison(deps, pair.contractSha, pair.specSha, { providerId, cache }),
  };
}
