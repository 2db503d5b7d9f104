import type { BrokerDeps } from '../deps.js';
import type { Comparison } from '../store/index.js';
import { ensureComparison, type ComparisonContext, type ComparisonSubject } from './ensure-comparison.js';

/** Compares a newly published or verified spec with every consumer contract that matters (branch heads, in use). */
export async function compareNewSpec(
  deps: BrokerDeps,
  providerId: number,
  specSha: string,
  subject?: ComparisonSubject,
): Promise<Comparison[]> {
  const context: ComparisonContext = { providerId, cache: new Map(), subject };
  const contractShas = await deps.store.comparisons.contractShasThatMatter(providerId);
  const comparisons: Comparison[] = [];
  for (const contractSha of contractShas)
    comparisons.push(await ensureComparison(deps, contractSha, specSha, context));
  return comparisons;
}
