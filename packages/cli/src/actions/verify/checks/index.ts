/** The checks run on every answer, in the order they are reported. */
import { contentTypeDocumented, responseBody } from './content-checks.js';
import { responseHeaders } from './header-checks.js';
import { negativeRejected, noServerError, statusDocumented } from './status-checks.js';
import type { CheckInput, CheckOutcome } from './check-outcome.js';

export type { CheckInput, CheckOutcome } from './check-outcome.js';
export { documentedResponse } from './documented-response.js';

const CHECKS: Array<(input: CheckInput) => CheckOutcome | undefined> = [
  noServerError,
  statusDocumented,
  negativeRejected,
  contentTypeDocumented,
  responseHeaders,
  responseBody,
];

/** Runs every applicable check on one answer. */
export function runChecks(input: CheckInput): CheckOutcome[] {
  const outcomes: CheckOutcome[] = [];
  for (const check of CHECKS) {
    const outcome = check(input);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}
