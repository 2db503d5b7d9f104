import type { PactCandidate } from '../store/pact-candidates.js';
import type { VerificationFact } from '../store/pact-verifications.js';
import type { ProviderContext } from './pending.js';

/** The key identifying one pact content of one consumer (what de-duplication and WIP compare). */
export const pactKey = (candidate: Pick<PactCandidate, 'consumer' | 'contentSha'>) =>
  `${candidate.consumer}\u0000${candidate.contentSha}`;

/** Heads: the newest candidate of each consumer branch and of each consumer tag. */
export function heads(candidates: PactCandidate[]): PactCandidate[] {
  const head = new Map<string, PactCandidate>();
  for (const candidate of candidates) {
    const keys = [
      ...(candidate.branch === null ? [] : [`b\u0000${candidate.branch}`]),
      ...candidate.tags.map((tag) => `t\u0000${tag}`),
    ];
    for (const key of keys) {
      const full = `${candidate.consumer}\u0000${key}`;
      if ((head.get(full)?.consumerVersionId ?? -1) < candidate.consumerVersionId) head.set(full, candidate);
    }
  }
  return [...new Set(head.values())];
}

/**
 * Work-in-progress pacts: created since `since`, the head of some consumer branch or tag, not already selected,
 * and not yet verified successfully (other than as WIP) by this provider branch (or, with tags, by every tag).
 * Needs a provider branch or tags; the caller marks each `pending` and `wip`.
 *
 * @param successesOf successful Pact verifications of a content by the provider
 */
export function selectWip(
  candidates: PactCandidate[],
  selected: ReadonlySet<string>,
  since: Date,
  context: ProviderContext,
  successesOf: (contentSha: string) => VerificationFact[],
): PactCandidate[] {
  const branch = context.providerVersionBranch;
  const tags = context.providerVersionTags;
  if (branch === undefined && tags.length === 0) return [];
  const wip = new Map<string, PactCandidate>();
  for (const candidate of heads(candidates)) {
    const key = pactKey(candidate);
    if (candidate.createdAt < since || selected.has(key)) continue;
    const counted = successesOf(candidate.contentSha).filter((fact) => !fact.wip);
    const verified =
      branch !== undefined
        ? counted.some((fact) => fact.providerBranch === branch)
        : tags.every((tag) => counted.some((fact) => fact.providerTags.includes(tag)));
    if (!verified && (wip.get(key)?.consumerVersionId ?? -1) < candidate.consumerVersionId)
      wip.set(key, candidate);
  }
  return [...wip.values()];
}
