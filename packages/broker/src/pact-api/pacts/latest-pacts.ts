import { findService } from '../../services/find-service.js';
import type { Store } from '../../store/index.js';
import type { PactCandidate } from '../store/pact-candidates.js';

/** The newest pact of each consumer among candidates in publication order (optionally only those with a tag). */
export function latestPerConsumer(candidates: PactCandidate[], tag?: string): PactCandidate[] {
  const latest = new Map<string, PactCandidate>();
  for (const candidate of candidates)
    if (tag === undefined || candidate.tags.includes(tag)) latest.set(candidate.consumer, candidate);
  return [...latest.values()];
}

/** What `pb:latest-provider-pacts[-with-tag]` lists: each consumer's newest pact with the provider (404 when unknown). */
export async function findLatestProviderPacts(
  store: Store,
  provider: string,
  tag?: string,
): Promise<PactCandidate[]> {
  const service = await findService(store, provider);
  return latestPerConsumer(await store.pact.candidates.forProvider(service.id), tag);
}

export interface LatestPact extends PactCandidate {
  provider: string;
}

/** What `pb:latest-pact-versions` lists: every integration's newest pact, providers in name order. */
export async function findLatestPacts(store: Store): Promise<LatestPact[]> {
  const providers = [...new Set((await store.integrations.latest()).map((row) => row.provider))].sort();
  const pacts: LatestPact[] = [];
  for (const provider of providers)
    for (const pact of await findLatestProviderPacts(store, provider)) pacts.push({ ...pact, provider });
  return pacts;
}
