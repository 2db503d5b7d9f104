import { findService } from '../../services/find-service.js';
import type { Service, Store } from '../../store/index.js';
import type { PactCandidate } from '../store/pact-candidates.js';

export interface BranchPactsQuery {
  provider: string;
  consumer?: string;
  /** Without a branch: each consumer's main branch. */
  branch?: string;
  /** Only the newest per consumer. */
  latest: boolean;
}

/**
 * The pacts of a provider whose consumer version is on a branch (without a branch: each consumer's main branch),
 * all of them or only the newest per consumer. Candidates come in publication order.
 */
export function pactsOnBranch(candidates: PactCandidate[], branch: string | undefined, latest: boolean) {
  const on = candidates.filter((pact) => {
    const name = branch ?? pact.consumerMainBranch;
    return name !== null && pact.branches.includes(name);
  });
  if (!latest) return on;
  const newest = new Map<string, PactCandidate>();
  for (const pact of on) newest.set(pact.consumer, pact);
  return [...newest.values()];
}

/** What `…/branch[/{b}][/latest]` lists: the provider (404 when unknown) and its pacts on the branch. */
export async function findBranchPacts(
  store: Store,
  query: BranchPactsQuery,
): Promise<{ service: Service; pacts: PactCandidate[] }> {
  const service = await findService(store, query.provider);
  const candidates = await store.pact.candidates.forProvider(service.id, query.consumer);
  return { service, pacts: pactsOnBranch(candidates, query.branch, query.latest) };
}
