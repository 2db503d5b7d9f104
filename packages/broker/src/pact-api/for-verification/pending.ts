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
  return notPendingReason(successes, context, deployedOrReleased) === undefined;
}

/**
 * Why a pact is not pending (undefined: it is), so notices claim only what happened: `verified-here` the branch
 * (or every tag, or with neither any version) verified it; `verified-before` another branch or tag did before
 * this one existed; `deployed-or-released` nobody need have verified it.
 */
export type NotPendingReason = 'verified-here' | 'verified-before' | 'deployed-or-released';

export function notPendingReason(
  successes: VerificationFact[],
  context: ProviderContext,
  deployedOrReleased: boolean,
): NotPendingReason | undefined {
  const counted = successes.filter((fact) => !fact.wip);
  const branch = context.providerVersionBranch;
  const owns: ((fact: VerificationFact) => boolean)[] =
    branch !== undefined
      ? [(f) => f.providerBranches.includes(branch)]
      : context.providerVersionTags.map((tag) => (f: VerificationFact) => f.providerTags.includes(tag));
  const createdAt =
    branch !== undefined
      ? [context.branchCreatedAt]
      : context.providerVersionTags.map((tag) => context.tagCreatedAt.get(tag));
  if (owns.length === 0)
    return counted.length > 0 ? 'verified-here' : deployedOrReleasedOr(deployedOrReleased);
  if (owns.every((own) => counted.some(own))) return 'verified-here';
  if (owns.every((own, i) => counted.some((f) => own(f) || before(f, createdAt[i]))))
    return 'verified-before';
  return deployedOrReleasedOr(deployedOrReleased);
}

const deployedOrReleasedOr = (deployedOrReleased: boolean): NotPendingReason | undefined =>
  deployedOrReleased ? 'deployed-or-released' : undefined;

/** A verification made before the branch (or tag) existed; one that does not exist yet postdates them all. */
const before = (fact: VerificationFact, createdAt: Date | undefined) =>
  createdAt === undefined || fact.createdAt < createdAt;
