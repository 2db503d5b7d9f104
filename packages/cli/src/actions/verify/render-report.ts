import { paint, type Io } from '../../output/io.js';
import { failureGroups, type FailureGroup } from './failure-groups.js';
import type { OperationResult, VerificationReport } from './report-model.js';
import { responseLines } from './response-text.js';

const MAX_GROUPS_PER_OPERATION = 10;

/**
 * The human report: which spec and which strictness, then each distinct failure once (operation, check and
 * message, with how many requests failed so; the first as the example: what was wrong, its curl line, what the
 * provider answered), a table of requests, passed and failed per operation with a total, and the verdict with
 * the seed to replay the run. Plan order throughout, so one seed prints one report.
 */
export function renderReport(io: Io, report: VerificationReport): string {
  const lines: string[] = [];
  const title = [report.spec.title, report.spec.version].filter(Boolean).join(' ') || report.spec.file;
  lines.push(
    `Verified ${report.provider ?? 'the provider'} at ${report.providerUrl} against ${title} (seed ${report.seed})`,
    `Spec: ${report.spec.file}${report.spec.source ? `, ${report.spec.source}` : ''}`,
    report.allowUndeclaredResponseFields
      ? 'Undeclared response fields: accepted where the schema allows them (--allow-undeclared-response-fields)'
      : 'Undeclared response fields: fail, as in signet compare (--allow-undeclared-response-fields accepts them)',
    '',
  );
  for (const result of report.operations) {
    const groups = failureGroups(result);
    for (const group of groups.slice(0, MAX_GROUPS_PER_OPERATION))
      lines.push(...renderGroup(io, result, group), '');
    const hidden = groups.length - MAX_GROUPS_PER_OPERATION;
    if (hidden > 0)
      lines.push(`  … and ${hidden} more kind(s) of failure for ${result.operation} (see --json)`, '');
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

function renderGroup(io: Io, result: OperationResult, group: FailureGroup): string[] {
  const { failure, count, example } = group;
  const lines = [
    paint(io, 31, `FAIL ${result.operation}`) +
      ` ${failure.check}: ${count} of ${result.requests} request(s)`,
    `  ✗ ${failure.message}`,
  ];
  // Violations the message does not already name (response-body's names its first three).
  const unnamed = (failure.violations ?? []).filter(
    (v) => !failure.message.includes(`${v.instancePath || '(root)'} ${v.message}`),
  );
  for (const v of unnamed.slice(0, 5)) lines.push(`      at ${v.instancePath || '(root)'}: ${v.message}`);
  if (unnamed.length > 5) lines.push(`      … and ${unnamed.length - 5} more`);
  const why = example.note ? `${example.kind}: ${example.note}` : example.kind;
  lines.push(`  example (${why}):`, `    ${example.curl}`);
  lines.push(...(example.response ? responseLines(example.response, '    ') : ['    ← no answer']));
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
