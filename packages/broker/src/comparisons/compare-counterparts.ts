import type { BrokerDeps } from '../deps.js';
import type { Comparison } from '../store/index.js';
import { ensureComparison } from './ensure-comparison.js';

/** Compares a newly published contract with every spec of its provider that matters (latest, verified in use). */
export async function compareNewContract(
  deps: BrokerDeps,
  providerId: number,
  contractSha: string,
): Promise<Comparison[]> {
  const context = { providerId, cache: new Map() };
  const specShas = await deps.store.comparisons.specShasThatMatter(providerId);
  const comparisons: Comparison[] = [];
  for (const specSha of specShas)
    comparisons.push(await ensureComparison(deps, contractSha, specSha, context));
  return comparisons;
}

/** Compares a newly published or verified spec with every consumer contract that matters (branch heads, in use). */
export async function compareNewSpec(
  deps: BrokerDeps,
  providerId: number,
  specSha: string,
): Promise<Comparison[]> {
  const context = { providerId, cache: new Map() };
  const contractShas = await deps.store.comparisons.contractShasThatMatter(providerId);
  const comparisons: Comparison[] = [];
  for (const contractSha of contractShas)
    comparisons.push(await ensureComparison(deps, contractSha, specSha, context));
  return comparisons;
}
