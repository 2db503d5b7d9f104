import { NotFoundError } from '../errors/broker-error.js';
import type { Comparison, Store } from '../store/index.js';

/** The comparison of one contract content with one spec content, or a 404. */
export async function findComparison(
  store: Store,
  contractSha: string,
  specSha: string,
): Promise<Comparison> {
  const comparison = await store.comparisons.find(contractSha, specSha);
  if (comparison === undefined)
    throw new NotFoundError(
      'comparison.not-found',
      'this contract content has not been compared with this spec content',
    );
  return comparison;
}
