import type { Notice } from './matrix-answer-shape.js';
import type { MatrixQuery } from './matrix-query.js';

/**
 * Warnings about how the query is asked, with the Pact Broker's meaning in our words: one pacticipant checked
 * with no environment, tag or main branch says nothing about what runs anywhere; and a query where no
 * selector names a version number can change answer as soon as someone publishes.
 */
export function selectorNotices(query: MatrixQuery): Notice[] {
  const notices: Notice[] = [];
  const { tag, mainBranch } = query.others ?? {};
  if (query.selectors.length === 1 && query.environment === undefined && tag === undefined && !mainBranch)
    notices.push({
      type: 'warning',
      text: 'No environment given: this checks against the latest version of the others, not what is deployed; pass --to-environment for an answer about an environment',
    });
  if (query.selectors.every((selector) => selector.version === undefined))
    notices.push({
      type: 'warning',
      text: 'No version number given: which version this checks changes as soon as one is published; pass --version for an answer that stays true',
    });
  return notices;
}
