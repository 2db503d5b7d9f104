import type { CandidateScope } from '../store/pact-candidates.js';
import type { ForVerificationRequest } from './for-verification-request.js';

/**
 * Which candidates the request's selectors can choose, so the store reads those instead of every pact of the
 * provider: branch heads (main, named, matching), versions carrying a named tag (a tag selector, latest or not,
 * chooses among them), currently deployed or released versions (always read: the pending rule asks whether any
 * version with the same content is deployed), and pacts created since the WIP date. Undefined (read everything)
 * when a selector chooses among all versions: no selectors (the defaults), or plain `latest`.
 */
export function candidateScope(request: ForVerificationRequest): CandidateScope | undefined {
  if (request.selectors.length === 0) return undefined;
  const branches = new Set<string>();
  const tags = new Set<string>();
  let mainBranch = false;
  for (const selector of request.selectors) {
    if (selector.mainBranch === true) mainBranch = true;
    else if (selector.matchingBranch === true) {
      if (request.providerVersionBranch !== undefined) branches.add(request.providerVersionBranch);
    } else if (selector.branch !== undefined) {
      branches.add(selector.branch);
      if (selector.fallbackBranch !== undefined) branches.add(selector.fallbackBranch);
    } else if (selector.tag !== undefined) {
      tags.add(selector.tag);
      if (selector.fallbackTag !== undefined) tags.add(selector.fallbackTag);
    } else if (!(
      selector.deployed ||
      selector.released ||
      selector.deployedOrReleased ||
      selector.environment !== undefined
    ))
      return undefined;
  }
  return {
    mainBranch,
    branches: [...branches],
    tags: [...tags],
    createdSince: request.includeWipPactsSince,
  };
}
