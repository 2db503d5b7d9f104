import type { CiCase, CiProblem, CiReport } from './ci-report.js';

const marks = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;
/** Enough to read in a job summary; the whole list is in the other formats. */
const MAX_PROBLEMS_SHOWN = 50;

/**
 * The report as GitHub-flavoured Markdown: a heading with the verdict, a table of cases, then each failing
 * case's problems. What `--format markdown` prints and what is appended to `$GITHUB_STEP_SUMMARY`.
 */
export function markdownSummary(report: CiReport): string {
  const lines = [
    `### ${report.passed ? marks.passed : marks.failed} ${cell(report.command)}: ${cell(report.summary)}`,
    '',
    cell(report.title),
    '',
  ];
  if (report.cases.length > 0) {
    lines.push('| | case | problems |', '| --- | --- | --- |');
    for (const c of report.cases) lines.push(`| ${mark(c)} | ${cell(c.name)} | ${counts(c.problems)} |`);
    lines.push('');
  }
  const shown = report.cases.flatMap((c) => c.problems.map((p) => [c, p] as const));
  if (shown.length > 0) lines.push('<details><summary>Problems</summary>', '');
  for (const [c, problem] of shown.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`- ${describe(c, problem)}`);
  if (shown.length > MAX_PROBLEMS_SHOWN) lines.push(`- … and ${shown.length - MAX_PROBLEMS_SHOWN} more`);
  if (shown.length > 0) lines.push('', '</details>', '');
  return lines.join('\n');
}

function mark(c: CiCase): string {
  if (c.failed) return marks.failed;
  return c.skipped === undefined ? marks.passed : marks.skipped;
}

function counts(problems: CiProblem[]): string {
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.filter((p) => p.level === 'warning').length;
  const parts = [errors > 0 ? `${errors} error(s)` : '', warnings > 0 ? `${warnings} warning(s)` : ''];
  return parts.filter(Boolean).join(', ') || '—';
}

function describe(c: CiCase, problem: CiProblem): string {
  const at = problem.location
    ? ` (${problem.location.file}${problem.location.line === undefined ? '' : `:${problem.location.line}`})`
    : '';
  return `**${problem.level}** \`${code(problem.code)}\` ${cell(c.name)}: ${cell(problem.message)}${cell(at)}`;
}

/** Text in a table cell or list item: pipes, newlines and HTML would break the layout. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return text.replace(/`/g, "'");
}
