import { paint, type Io } from '../../output/io.js';
import type { OperationResult, RequestFailure, VerificationReport } from './report-model.js';

const MAX_SHOWN_PER_OPERATION = 10;

/**
 * The human report: each failing request (what was wrong, then the curl line to replay it), a table of requests,
 * passed and failed per operation with a total, and the verdict with the seed to replay the run.
 */
export function renderReport(io: Io, report: VerificationReport): string {
  const lines: string[] = [];
  const title = [report.spec.title, report.spec.version].filter(Boolean).join(' ') || report.spec.file;
  lines.push(
    `Verified ${report.provider ?? 'the provider'} at ${report.providerUrl} against ${title} (seed ${report.seed})`,
    '',
  );
  for (const result of report.operations) {
    result.failures
      .slice(0, MAX_SHOWN_PER_OPERATION)
      .forEach((failure) => lines.push(...renderFailure(io, result, failure), ''));
    const hidden = result.failures.length - MAX_SHOWN_PER_OPERATION;
    if (hidden > 0)
      lines.push(`  … and ${hidden} more failing request(s) for ${result.operation} (see --json)`, '');
  }
  lines.push(...renderTable(report), '');
  const { requests, failed } = report.totals;
  lines.push(
    report.success
      ? paint(io, 32, `verification passed: ${requests} request(s), no failures`)
      : paint(io, 31, `verification failed: ${failed} of ${requests} request(s) failed`) +
          ` (replay with --seed ${report.seed})`,
  );
  return lines.join('\n') + '\n';
}

function renderFailure(io: Io, result: OperationResult, failure: RequestFailure): string[] {
  const why = failure.note ? ` (${failure.kind}: ${failure.note})` : ` (${failure.kind})`;
  const status = failure.status === undefined ? '' : ` → ${failure.status}`;
  const lines = [paint(io, 31, `FAIL ${result.operation}`) + `${why}${status}`];
  for (const check of failure.failures) {
    lines.push(`  ✗ ${check.check}: ${check.message}`);
    for (const v of check.violations?.slice(0, 5) ?? [])
      lines.push(`      at ${v.instancePath || '(root)'}: ${v.message}`);
  }
  lines.push(`  ${failure.curl}`);
  return lines;
}

function renderTable(report: VerificationReport): string[] {
  const rows = report.operations.map(
    (r) => [r.operation + (r.skipped ? ` (${r.skipped})` : ''), r.requests, r.passed, r.failed] as const,
  );
  const total = ['Total', report.totals.requests, report.totals.passed, report.totals.failed] as const;
  const width = Math.max(9, ...[...rows, total].map((r) => r[0].length));
  const line = (r: readonly [string, number | string, number | string, number | string]): string =>
    `${r[0].padEnd(width)}  ${String(r[1]).padStart(8)}  ${String(r[2]).padStart(6)}  ${String(r[3]).padStart(6)}`;
  return [line(['Operation', 'requests', 'passed', 'failed']), ...rows.map(line), line(total)];
}
