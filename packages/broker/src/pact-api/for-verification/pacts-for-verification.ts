import type { Store } from '../../store/index.js';
import type { PactCandidate } from '../store/pact-candidates.js';
import type { VerificationFact } from '../store/pact-verifications.js';
import { candidateScope } from './candidate-scope.js';
import type { ForVerificationRequest } from './for-verification-request.js';
import { groupSelections, type PactToVerify } from './group-selections.js';
import { notPendingReason, type NotPendingReason, type ProviderContext } from './pending.js';
import { defaultSelections, selectPacts } from './select-pacts.js';
import { headNames, pactKey, selectWip } from './wip.js';

/** A pact to verify with its pending state (undefined when the client did not ask for it). */
export type VerifiablePact = PactToVerify & { pending?: boolean; notPendingBecause?: NotPendingReason };

export interface PactsForVerification {
  pacts: VerifiablePact[];
  context: ProviderContext;
}

/**
 * The pacts a provider version should verify: the selectors' choices (or the defaults) de-duplicated, with
 * pending status, plus work-in-progress pacts. Reads the candidates and verification facts, then decides with
 * the pure functions of this folder.
 */
export async function pactsForVerification(
  store: Store,
  provider: string,
  request: ForVerificationRequest,
): Promise<PactsForVerification> {
  const service = await store.services.find(provider);
  const context = await providerContext(store, service?.id, request);
  if (service === undefined) return { pacts: [], context };
  const candidates = await store.pact.candidates.forProvider(service.id, undefined, candidateScope(request));
  const selections =
    request.selectors.length === 0
      ? defaultSelections(candidates)
      : request.selectors.flatMap((selector) =>
          selectPacts(candidates, selector, request.providerVersionBranch),
        );
  const chosen = groupSelections(selections);
  const shas = [...new Set(candidates.map((c) => c.contentSha))];
  const successes = groupFacts(await store.pact.verifications.successes(service.id, shas));
  const successesOf = (sha: string): VerificationFact[] => successes.get(sha) ?? [];
  const deployedShas = new Set(candidates.filter((c) => c.deployments.length > 0).map((c) => c.contentSha));
  const deployed = (sha: string) => deployedShas.has(sha);
  const pacts: VerifiablePact[] = chosen.map((pact) => {
    if (!request.includePendingStatus) return pact;
    const sha = pact.candidate.contentSha;
    const because = notPendingReason(successesOf(sha), context, deployed(sha));
    return {
      ...pact,
      pending: because === undefined,
      ...(because === undefined ? {} : { notPendingBecause: because }),
    };
  });
  if (request.includeWipPactsSince !== undefined) {
    const selected = new Set(chosen.map((pact) => pactKey(pact.candidate)));
    for (const candidate of selectWip(
      candidates,
      selected,
      request.includeWipPactsSince,
      context,
      successesOf,
    ))
      pacts.push({
        candidate,
        consumerVersions: [candidate.consumerVersion],
        criteria: [wipCriterion(candidate)],
        wip: true,
        pending: true,
      });
  }
  return { pacts, context };
}

async function providerContext(
  store: Store,
  providerId: number | undefined,
  request: ForVerificationRequest,
): Promise<ProviderContext> {
  const branch = request.providerVersionBranch;
  const tagCreatedAt = new Map<string, Date | undefined>();
  for (const tag of request.providerVersionTags)
    tagCreatedAt.set(
      tag,
      providerId === undefined ? undefined : await store.pact.verifications.tagCreatedAt(providerId, tag),
    );
  return {
    providerVersionBranch: branch,
    providerVersionTags: request.providerVersionTags,
    branchCreatedAt:
      branch === undefined || providerId === undefined
        ? undefined
        : await store.pact.verifications.branchCreatedAt(providerId, branch),
    tagCreatedAt,
  };
}

function groupFacts(facts: VerificationFact[]): Map<string, VerificationFact[]> {
  const groups = new Map<string, VerificationFact[]>();
  for (const fact of facts) {
    const group = groups.get(fact.contentSha);
    if (group === undefined) groups.set(fact.contentSha, [fact]);
    else group.push(fact);
  }
  return groups;
}

function wipCriterion(candidate: PactCandidate): string {
  return `the latest version of ${candidate.consumer} from ${headNames(candidate).join(' and ')} (${candidate.consumerVersion})`;
}
