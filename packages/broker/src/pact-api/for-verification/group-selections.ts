import type { PactCandidate } from '../store/pact-candidates.js';
import type { Selection } from './select-pacts.js';
import { pactKey } from './wip.js';

/** One pact content to verify, however many selectors chose it. */
export interface PactToVerify {
  /** The newest consumer version with this content among those chosen (its pact is the one served). */
  candidate: PactCandidate;
  consumerVersions: string[];
  /** Why it was chosen, one line per distinct criterion, in selector order. */
  criteria: string[];
  wip: boolean;
}

/** De-duplicates identical content chosen by several selectors, merging the reasons (Pact Broker's behaviour). */
export function groupSelections(selections: Selection[]): PactToVerify[] {
  const groups = new Map<string, PactToVerify>();
  for (const { candidate, criterion } of selections) {
    const key = pactKey(candidate);
    const group = groups.get(key);
    const line = `${criterion} (${candidate.consumerVersion})`;
    if (group === undefined) {
      groups.set(key, {
        candidate,
        consumerVersions: [candidate.consumerVersion],
        criteria: [line],
        wip: false,
      });
      continue;
    }
    if (!group.consumerVersions.includes(candidate.consumerVersion))
      group.consumerVersions.push(candidate.consumerVersion);
    if (!group.criteria.includes(line)) group.criteria.push(line);
    if (candidate.consumerVersionId > group.candidate.consumerVersionId) group.candidate = candidate;
  }
  return [...groups.values()];
}
