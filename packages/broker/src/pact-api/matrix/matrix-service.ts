import type { BrokerDeps } from '../../deps.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { environmentMatrix } from './environment-matrix.js';
import type { MatrixQuery } from './matrix-query.js';
import { pairMatrix } from './pair-matrix.js';

/**
 * The answer to a `/matrix` query. One version (given, or the latest) to an environment is the deploy guard's
 * decision (what `/api/v1/deploy-guard` answers); anything else — several pacticipants, a selector for many
 * versions, or no environment — is the pairs the query requires, each judged by its matrix row.
 *
 * @example
 * ```ts
 * const answer = await answerMatrixQuery(deps, readMatrixQuery('q[][pacticipant]=web&q[][version]=w1&latest=true'));
 * ```
 */
export async function answerMatrixQuery(deps: BrokerDeps, query: MatrixQuery) {
  const [first, ...rest] = query.selectors;
  if (first === undefined)
    throw new PactValidationError({ q: ['Please provide 1 or more version selectors.'] });
  const oneVersion = first.version !== undefined || first.latest === true;
  if (query.environment !== undefined && rest.length === 0 && oneVersion)
    return environmentMatrix(deps, first, query.environment, query.ignore);
  return pairMatrix(deps, query);
}
