import type { PactCandidate } from '../store/pact-candidates.js';
import type { VerificationFact } from '../store/pact-verifications.js';
import { isPending, type ProviderContext } from './pending.js';

/** The key identifying one pact content of one consumer (what de-duplication and WIP compare). */
export const pactKey = (candidate: Pick<PactCandidate, 'consumer' | 'contentSha'>) =>
  `${candidate.consumer}\u0000${candidate.contentSha}`;

/**
 * Heads: candidates whose version is the head of one of its branches or the newest of its consumer with one of
 * its tags. A head
 * version that published no pact with this provider hides the older pacts of that branch or tag.
 */
export function heads(candidates: PactCandidate[]): PactCandidate[] {
  return candidates.filter((c) => c.headBranches.length > 0 || c.headTags.length > 0);
}

/** What makes a WIP pact a head, in words: the branches and the tags it heads. */
export function headNames(candidate: PactCandidate): string[] {
  return [
    ...candidate.headBranches.map((branch) => `branch '${branch}'`),
    ...candidate.headTags.map((tag) => `tag '${tag}'`),
  ];
}

/**
 * Work-in-progress pacts: created since `since`, the head of some consumer branch or tag, not already selected,
 * and still pending for this provider branch (or its tags) by Pact Broker's pending rule: not verified
 * successfully, other than as WIP, by the branch itself, nor by another branch before this branch existed.
 */
export function selectWip(
  candidates: PactCandidate[],
  selected: ReadonlySet<string>,
  since: Date,
  context: ProviderContext,
  successesOf: (contentSha: string) => VerificationFact[],
): PactCandidate[] {
  if (context.providerVersionBranch === undefined && context.providerVersionTags.length === 0) return [];
  const wip = new Map<string, PactCandidate>();
  for (const candidate of heads(candidates)) {
    const key = pactKey(candidate);
    if (candidate.createdAt < since || selected.has(key)) continue;
    const pending = isPending(successesOf(candidate.contentSha), context, false);
    if (pending && (wip.get(key)?.consumerVersionId ?? -1) < candidate.consumerVersionId)
      wip.set(key, candidate);
  }
  return [...wip.values()];
}
