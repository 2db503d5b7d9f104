import type { RequestKind, HttpRequest } from './request-model.js';
import type { SchemaViolation } from './schema-validators.js';

/** The checks run on every exchange (`negative-rejected` only on negative requests; `connection` when no answer came). */
export type CheckName =
  | 'connection'
  | 'no-server-error'
  | 'status-documented'
  | 'content-type-documented'
  | 'response-headers'
  | 'response-body'
  | 'negative-rejected';

/** One check that failed on one exchange, and why. */
export interface CheckFailure {
  check: CheckName;
  message: string;
  /** Schema errors with the instance path (response body, headers). */
  violations?: SchemaViolation[];
}

/** What the provider answered, as a failure shows it (see responseExcerpt). */
export interface ResponseExcerpt {
  status: number;
  /** Content-Type and the other headers that explain an answer (lower-case names). */
  headers: Record<string, string>;
  /** The start of the body (the first 500 characters). */
  body: string;
  /** How many characters of the body were left out; absent when all of it is shown. */
  omitted?: number;
}

/** A request that failed at least one check, exactly as sent, with what was wrong. */
export interface RequestFailure {
  kind: RequestKind;
  note?: string;
  request: HttpRequest;
  /** The request as a curl command line, to replay it. */
  curl: string;
  status?: number;
  /** The answer (absent when none came). */
  response?: ResponseExcerpt;
  failures: CheckFailure[];
}

/** How often a check passed and failed. */
export interface CheckTally {
  passed: number;
  failed: number;
}

/** Everything about one operation: request counts, per-check tallies, failures. */
export interface OperationResult {
  /** `GET /pets/{petId}` */
  operation: string;
  operationId?: string;
  requests: number;
  passed: number;
  failed: number;
  /** Why fewer (or no) generated requests were sent. */
  skipped?: string;
  checks: Partial<Record<CheckName, CheckTally>>;
  /** In the order the requests were planned, whatever order the answers came in: one seed, one report. */
  failures: RequestFailure[];
}

/**
 * The result of verifying a running provider against its spec: what `--json` prints and what publishing a
 * verification will send to the broker (success plus per-operation, per-check results).
 */
export interface VerificationReport {
  provider?: string;
  providerUrl: string;
  /** `file`: the file, or how the broker's spec is named; `source`: why that spec, when it came from the broker. */
  spec: { file: string; source?: string; title?: string; version?: string };
  seed: number;
  /** Whether response fields the spec does not declare were accepted (`--allow-undeclared-response-fields`). */
  allowUndeclaredResponseFields: boolean;
  maxExamples: number;
  negative: boolean;
  startedAt: string;
  durationMs: number;
  success: boolean;
  totals: {
    operations: number;
    requests: number;
    passed: number;
    failed: number;
    checks: Partial<Record<CheckName, CheckTally>>;
  };
  operations: OperationResult[];
}
