import type { PactCandidate } from '../store/pact-candidates.js';
import type { ConsumerVersionSelector } from './selectors.js';

/** A candidate chosen by a selector, with the criterion in words (for notices). */
export interface Selection {
  candidate: PactCandidate;
  criterion: string;
}

/** The newest candidate of each consumer among those that pass `keep`. */
function latestPerConsumer(
  candidates: PactCandidate[],
  keep: (c: PactCandidate) => boolean,
): PactCandidate[] {
  const latest = new Map<string, PactCandidate>();
  for (const candidate of candidates)
    if (
      keep(candidate) &&
      (latest.get(candidate.consumer)?.consumerVersionId ?? -1) < candidate.consumerVersionId
    )
      latest.set(candidate.consumer, candidate);
  return [...latest.values()];
}

function byConsumer(candidates: PactCandidate[]): Map<string, PactCandidate[]> {
  const groups = new Map<string, PactCandidate[]>();
  for (const candidate of candidates) {
    const group = groups.get(candidate.consumer);
    if (group === undefined) groups.set(candidate.consumer, [candidate]);
    else group.push(candidate);
  }
  return groups;
}

/**
 * What one selector chooses among a provider's pacts (candidates ordered by consumer version). Pure: the
 * store reads the candidates once, the rules are tested on plain objects.
 */
export function selectPacts(
  candidates: PactCandidate[],
  selector: ConsumerVersionSelector,
  providerVersionBranch?: string,
): Selection[] {
  const pool = candidates.filter((c) => selector.consumer === undefined || c.consumer === selector.consumer);
  const chosen = (list: PactCandidate[], criterion: (c: PactCandidate) => string) =>
    list.map((candidate) => ({ candidate, criterion: criterion(candidate) }));
  // Branches are read at their head version: when it published no pact with this provider, the consumer has
  // nothing on that branch to verify (Pact Broker joins branch_heads, it does not look for an older pact).
  if (selector.mainBranch === true)
    return chosen(
      pool.filter((c) => c.consumerMainBranch !== null && c.headBranches.includes(c.consumerMainBranch)),
      (c) => `latest version of ${c.consumer} from the main branch '${c.consumerMainBranch}'`,
    );
  if (selector.matchingBranch === true)
    return chosen(
      pool.filter(
        (c) => providerVersionBranch !== undefined && c.headBranches.includes(providerVersionBranch),
      ),
      (c) =>
        `latest version of ${c.consumer} from branch '${providerVersionBranch}' (matching the provider version branch)`,
    );
  if (selector.branch !== undefined)
    return withFallback(pool, 'branch', selector.branch, selector.fallbackBranch);
  if (selector.tag !== undefined) {
    if (selector.latest === true) return withFallback(pool, 'tag', selector.tag, selector.fallbackTag);
    return chosen(
      pool.filter((c) => c.tags.includes(selector.tag!)),
      (c) => `one of the versions of ${c.consumer} with tag '${selector.tag}'`,
    );
  }
  const kind = selector.deployed ? 'deployment' : selector.released ? 'release' : undefined;
  if (
    selector.deployed ||
    selector.released ||
    selector.deployedOrReleased ||
    selector.environment !== undefined
  ) {
    const where = selector.environment === undefined ? 'any environment' : `'${selector.environment}'`;
    const verb =
      kind === 'deployment'
        ? 'currently deployed to'
        : kind === 'release'
          ? 'currently released and supported in'
          : 'currently deployed or released to';
    return chosen(
      pool.filter((c) =>
        c.deployments.some(
          (d) =>
            (kind === undefined || d.kind === kind) &&
            (selector.environment === undefined || d.environment === selector.environment),
        ),
      ),
      (c) => `version of ${c.consumer} ${verb} ${where}`,
    );
  }
  return chosen(
    latestPerConsumer(pool, () => true),
    (c) => `latest version of ${c.consumer}`,
  );
}

/**
 * The branch heads on the branch (or the latest pact with the tag), per consumer. The fallback is per selector,
 * as in Pact Broker: it is used only when the selector itself chose nothing for any consumer.
 */
function withFallback(
  pool: PactCandidate[],
  by: 'branch' | 'tag',
  name: string,
  fallback?: string,
): Selection[] {
  const pick = (value: string) =>
    by === 'branch'
      ? pool.filter((c) => c.headBranches.includes(value))
      : latestPerConsumer(pool, (c) => c.tags.includes(value));
  const primary = pick(name);
  if (primary.length > 0 || fallback === undefined)
    return primary.map((candidate) => ({
      candidate,
      criterion: `latest version of ${candidate.consumer} with ${by} '${name}'`,
    }));
  return pick(fallback).map((candidate) => ({
    candidate,
    criterion: `latest version of ${candidate.consumer} with fallback ${by} '${fallback}' (no pact with ${by} '${name}' was found)`,
  }));
}

/**
 * Pact Broker's default when no selectors are sent: per consumer the latest of its main branch (else the
 * latest tagged with the main branch's name, else the latest), plus everything currently deployed or released.
 */
export function defaultSelections(candidates: PactCandidate[]): Selection[] {
  const result: Selection[] = [];
  for (const [consumer, own] of byConsumer(candidates)) {
    const main = own[0]?.consumerMainBranch ?? null;
    const onMain = main === null ? undefined : latestPerConsumer(own, (c) => c.branches.includes(main))[0];
    const tagged =
      main === null || onMain !== undefined
        ? undefined
        : latestPerConsumer(own, (c) => c.tags.includes(main))[0];
    const latest = latestPerConsumer(own, () => true)[0];
    if (onMain !== undefined)
      result.push({
        candidate: onMain,
        criterion: `latest version of ${consumer} from the main branch '${main}'`,
      });
    else if (tagged !== undefined)
      result.push({ candidate: tagged, criterion: `latest version of ${consumer} tagged '${main}'` });
    else if (latest !== undefined)
      result.push({ candidate: latest, criterion: `latest version of ${consumer}` });
  }
  return [...result, ...selectPacts(candidates, { deployedOrReleased: true })];
}
