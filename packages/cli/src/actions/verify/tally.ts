import type { Operation } from '@signet/core';
import type { CheckOutcome } from './checks/index.js';
import { curlLine } from './curl.js';
import type { Exchange } from './http-sender.js';
import { responseExcerpt } from './response-excerpt.js';
import type {
  CheckName,
  CheckTally,
  OperationResult,
  RequestFailure,
  ResponseExcerpt,
} from './report-model.js';
import type { HttpRequest, PlannedRequest } from './request-model.js';

/** One checked answer, as much of it as the report keeps (not the whole body). */
export interface CheckedAnswer {
  outcomes: CheckOutcome[];
  /** What a failure shows of the answer; absent when none came or every check passed. */
  response?: ResponseExcerpt;
}

/** Checks' outcomes with the answer's excerpt when one failed (the body is let go at once). */
export function checkedAnswer(
  operation: Operation,
  exchange: Exchange,
  outcomes: CheckOutcome[],
): CheckedAnswer {
  const failed = outcomes.some((o) => o.failure !== undefined);
  return exchange.ok && failed
    ? { outcomes, response: responseExcerpt(operation, exchange.response) }
    : { outcomes };
}

/** Adds one request's outcomes to its operation's result; returns whether the request passed. */
export function recordOutcome(
  result: OperationResult,
  planned: PlannedRequest,
  request: HttpRequest,
  { outcomes, response }: CheckedAnswer,
): boolean {
  result.requests++;
  for (const outcome of outcomes) count(result.checks, outcome.check, outcome.failure === undefined);
  const failures = outcomes.flatMap((o) => (o.failure ? [o.failure] : []));
  if (failures.length === 0) {
    result.passed++;
    return true;
  }
  result.failed++;
  const failure: RequestFailure = { kind: planned.kind, request, curl: curlLine(request), failures };
  if (planned.note !== undefined) failure.note = planned.note;
  if (response) {
    failure.status = response.status;
    failure.response = response;
  }
  result.failures.push(failure);
  return false;
}

/** Adds a pass or a failure to a per-check tally. */
export function count(
  tallies: Partial<Record<CheckName, CheckTally>>,
  check: CheckName,
  passed: boolean,
): void {
  const tally = (tallies[check] ??= { passed: 0, failed: 0 });
  if (passed) tally.passed++;
  else tally.failed++;
}

/** Per-check tallies summed over operations. */
export function sumChecks(results: OperationResult[]): Partial<Record<CheckName, CheckTally>> {
  const total: Partial<Record<CheckName, CheckTally>> = {};
  for (const result of results) {
    for (const [check, tally] of Object.entries(result.checks) as Array<[CheckName, CheckTally]>) {
      const sum = (total[check] ??= { passed: 0, failed: 0 });
      sum.passed += tally.passed;
      sum.failed += tally.failed;
    }
  }
  return total;
}
