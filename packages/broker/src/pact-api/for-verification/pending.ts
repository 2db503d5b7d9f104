import type { VerificationFact } from '../store/pact-verifications.js';

/** Who is verifying, as the pending rule sees it. */
export interface ProviderContext {
  providerVersionBranch?: string;
  providerVersionTags: string[];
  /** When the provider first had a version on `providerVersionBranch` (undefined: never, i.e. a new branch). */
  branchCreatedAt?: Date;
  /** When each of `providerVersionTags` was first used on a provider version. */
  tagCreatedAt: ReadonlyMap<string, Date | undefined>;
}

/**
 * Pact Broker's pending rule, keyed on pact content: a pact is pending for this provider branch until a
 * provider version on the branch verified it successfully (or another branch did before this branch existed);
 * with only tags, the same per tag (pending if any tag is); with neither, until ever verified successfully.
 * Content currently deployed or released is never pending. Verifications made as WIP do not count.
 *
 * @param successes successful Pact verifications of this content by the provider
 */
export function isPending(
  successes: VerificationFact[],
  context: ProviderContext,
  deployedOrReleased: boolean,
): boolean {
  if (deployedOrReleased) return false;
  const counted = successes.filter((fact) => !fact.wip);
  const branch = context.providerVersionBranch;
  if (branch !== undefined)
    return !verifiedFor(counted, (f) => f.providerBranch === branch, context.branchCreatedAt);
  if (context.providerVersionTags.length > 0)
    return context.providerVersionTags.some(
      (tag) => !verifiedFor(counted, (f) => f.providerTags.includes(tag), context.tagCreatedAt.get(tag)),
    );
  return counted.length === 0;
}

/** Verified by the branch (or tag) itself, or by anyone before it existed. */
function verifiedFor(
  facts: VerificationFact[],
  own: (fact: VerificationFact) => boolean,
  createdAt: Date | undefined,
) {
  return facts.some((fact) => own(fact) || createdAt === undefined || fact.createdAt < createdAt);
}
