import type { Contract } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import type { Comparison } from '../store/index.js';
import { ensureComparison, type ComparisonContext, type ComparisonSubject } from './ensure-comparison.js';

/**
 * Compares a newly published contract with every spec of its provider that matters (latest, verified in use).
 * `parsed` is the contract as the publisher already parsed it: passing it saves re-reading and re-parsing it.
 * `subject` (the publishing consumer version) is told in the comparisons' events; `newContent`: the
 * contract's text was first stored by this publication, so no comparison of it can be stored yet.
 */
export async function compareNewContract(
  deps: BrokerDeps,
  providerId: number,
  contractSha: string,
  parsed?: Contract,
  subject?: ComparisonSubject,
  { newContent = false }: Pick<ComparisonContext, 'newContent'> = {},
): Promise<Comparison[]> {
  const context: ComparisonContext = { providerId, cache: new Map(), subject, newContent };
  if (parsed !== undefined) context.cache.set(`contract:${contractSha}`, parsed);
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
  subject?: ComparisonSubject,
): Promise<Comparison[]> {
  const context: ComparisonContext = { providerId, cache: new Map(), subject };
  const contractShas = await deps.store.comparisons.contractShasThatMatter(providerId);
  const comparisons: Comparison[] = [];
  for (const contractSha of contractShas)
    comparisons.push(await ensureComparison(deps, contractSha, specSha, context));
  return comparisons;
}
