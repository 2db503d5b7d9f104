import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import type { Comparison } from '../store/index.js';
import { ensureComparison } from './ensure-comparison.js';

/**
 * Compares one contract content with one spec key on request (the UI's "not compared yet" state asks for it):
 * `created` is false when the pair was already compared under the current rules. The comparison runs where every
 * comparison runs (the broker's worker pool) and commits with its event in one transaction (`ensureComparison`).
 */
export async function requestComparison(
  deps: BrokerDeps,
  contractSha: string,
  specSha: string,
): Promise<{ comparison: Comparison; created: boolean }> {
  const stored = await deps.store.comparisons.find(contractSha, specSha);
  if (stored !== undefined) return { comparison: stored, created: false };
  const parties = await deps.store.comparisons.pairParties(contractSha, specSha);
  if (parties.providerId === null) throw new NotFoundError('spec.not-found', 'no spec has this sha256');
  if (!parties.contractKnown) throw new NotFoundError('contract.not-found', 'no contract has this sha256');
  if (!parties.contractNamesProvider)
    throw new NotFoundError(
      'comparison.unrelated-pair',
      "no contract with this content names this spec's provider: there is nothing to compare",
    );
  const comparison = await ensureComparison(deps, contractSha, specSha, {
    providerId: parties.providerId,
    cache: new Map(),
  });
  return { comparison, created: true };
}
