import type { OperationResult, RequestFailure, VerificationReport } from '../../actions/verify/index.js';
import type { CiCase, CiProblem, CiReport, SourceLocation } from './ci-report.js';
import type { SourceLines } from './source-lines.js';

/** Failing requests reported per operation; the JSON report has them all. */
const MAX_FAILURES_PER_OPERATION = 10;

/** The local spec file `signet test` read (none when the spec came from the broker). */
export interface VerificationSources {
  specFile?: string;
  specLines?: SourceLines;
}

/** A verification as a CI report: one case per operation, each failing check of each failing request a problem. */
export function verificationReport(report: VerificationReport, sources: VerificationSources): CiReport {
  const provider = report.provider ?? 'provider';
  const title = [report.spec.title, report.spec.version].filter(Boolean).join(' ') || report.spec.file;
  const { requests, failed } = report.totals;
  return {
    command: 'signet test',
    title: `${provider} at ${report.providerUrl} against ${title} (seed ${report.seed})`,
    passed: report.success,
    summary: report.success
      ? `verification passed: ${requests} request(s), no failures`
      : `verification failed: ${failed} of ${requests} request(s) failed`,
    cases: report.operations.map((result) => operationCase(provider, result, sources)),
    durationMs: report.durationMs,
  };
}

function operationCase(provider: string, result: OperationResult, sources: VerificationSources): CiCase {
  const location = operationLocation(result.operation, sources);
  const problems = result.failures
    .slice(0, MAX_FAILURES_PER_OPERATION)
    .flatMap((failure) => failureProblems(failure, location));
  const hidden = result.failures.length - MAX_FAILURES_PER_OPERATION;
  if (hidden > 0)
    problems.push({
      level: 'error',
      code: 'more-failures',
      message: `… and ${hidden} more failing request(s)`,
    });
  return {
    group: provider,
    name: result.operationId ? `${result.operation} (${result.operationId})` : result.operation,
    failed: result.failed > 0,
    problems,
    ...(result.skipped !== undefined && result.requests === 0 ? { skipped: result.skipped } : {}),
  };
}

function failureProblems(failure: RequestFailure, location: SourceLocation | undefined): CiProblem[] {
  const sent = `${failure.kind}${failure.note ? `: ${failure.note}` : ''} request`;
  const answered = failure.status === undefined ? 'no answer' : `answered ${failure.status}`;
  return failure.failures.map((check) => ({
    level: 'error',
    code: check.check,
    message: check.message,
    detail: [
      `${sent}, ${answered}`,
      ...(check.violations ?? []).slice(0, 5).map((v) => `at ${v.instancePath || '(root)'}: ${v.message}`),
      failure.curl,
    ].join('\n'),
    ...(location ? { location } : {}),
  }));
}

/** `GET /pets/{id}` → the line of `paths./pets/{id}.get` in the spec file. */
function operationLocation(operation: string, sources: VerificationSources): SourceLocation | undefined {
  if (sources.specFile === undefined) return undefined;
  const space = operation.indexOf(' ');
  const method = operation.slice(0, space).toLowerCase();
  const line = sources.specLines?.lineOf(`[root].paths.${operation.slice(space + 1)}.${method}`);
  return line === undefined ? { file: sources.specFile } : { file: sources.specFile, line };
}
