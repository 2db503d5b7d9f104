import type { Violation } from '../http/problem.js';

/**
 * What kind of rule a request broke, which decides the status: `security` 401 (a required scheme's credentials
 * are missing), `content-type` 415, `parameter` and `malformed` (a body that does not parse) 400, `body` 422 (a
 * body that parses but violates its schema, or a required body missing), `unvalidatable` 500 (the spec's schema
 * does not compile: the mock cannot say the request is valid, so it does not).
 */
export type ViolationKind =
  'security' | 'content-type' | 'parameter' | 'malformed' | 'body' | 'unvalidatable';

export interface RequestViolation extends Violation {
  kind: ViolationKind;
}

// Most severe first: an unvalidatable schema, then missing credentials, then the request's form, then its body.
const ORDER: Array<[ViolationKind, number]> = [
  ['unvalidatable', 500],
  ['security', 401],
  ['content-type', 415],
  ['parameter', 400],
  ['malformed', 400],
  ['body', 422],
];

/** The status for a set of violations: that of the most severe kind among them. */
export function violationStatus(violations: RequestViolation[]): number {
  for (const [kind, status] of ORDER) if (violations.some((v) => v.kind === kind)) return status;
  return 400;
}
