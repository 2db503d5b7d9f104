import type { CheckFailure, OperationResult, RequestFailure } from './report-model.js';

/** Requests of one operation that failed one check with the same message, and the first of them as the example. */
export interface FailureGroup {
  operation: string;
  failure: CheckFailure;
  /** How many requests failed this way. */
  count: number;
  example: RequestFailure;
}

/**
 * An operation's failures grouped by check and message, in the order each group first occurred (plan order, so
 * the same for one seed). A request failing two checks counts in both groups.
 *
 * @example failureGroups(result).map((g) => `${g.failure.check} ×${g.count}`) // ['response-body ×30']
 */
export function failureGroups(result: OperationResult): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const request of result.failures) {
    for (const failure of request.failures) {
      const key = `${failure.check}\u0000${failure.message}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { operation: result.operation, failure, count: 1, example: request });
    }
  }
  return [...groups.values()];
}
