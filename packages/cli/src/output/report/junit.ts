import type { CiCase, CiProblem, CiReport } from './ci-report.js';
import { xmlAttribute as attr, xmlText as text } from './xml-text.js';

/**
 * The report as JUnit XML (the Ant/Jenkins dialect CI servers read): one `<testsuite>` for the run, one
 * `<testcase>` per case; a failed case has one `<failure>` naming its first error, with every problem in its
 * text; warnings of a passing case go to `<system-out>`.
 */
export function junitXml(report: CiReport): string {
  const failures = report.cases.filter((c) => c.failed).length;
  const skipped = report.cases.filter((c) => !c.failed && c.skipped !== undefined).length;
  const counts = `tests="${report.cases.length}" failures="${failures}" errors="0"`;
  const time = seconds(report.durationMs);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(report.command)}" ${counts} time="${time}">`,
    `  <testsuite name="${attr(report.title)}" ${counts} skipped="${skipped}" time="${time}">`,
    ...report.cases.flatMap(testcase),
    '  </testsuite>',
    '</testsuites>',
  ];
  return lines.join('\n') + '\n';
}

function testcase(c: CiCase): string[] {
  const open = `    <testcase name="${attr(c.name)}" classname="${attr(c.group)}" time="0"`;
  const body: string[] = [];
  if (c.failed) {
    const first = c.problems.find((p) => p.level === 'error') ?? c.problems[0];
    const message = first?.message ?? 'failed';
    const type = first?.code ?? 'failure';
    body.push(
      `      <failure message="${attr(message)}" type="${attr(type)}">${text(c.problems.map(describe).join('\n\n'))}</failure>`,
    );
  } else if (c.skipped !== undefined) {
    body.push(`      <skipped message="${attr(c.skipped)}"/>`);
  }
  const notes = c.failed ? [] : c.problems;
  if (notes.length > 0) body.push(`      <system-out>${text(notes.map(describe).join('\n\n'))}</system-out>`);
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

function describe(problem: CiProblem): string {
  const where = problem.location
    ? `\nat ${problem.location.file}${problem.location.line === undefined ? '' : `:${problem.location.line}`}`
    : '';
  const detail = problem.detail ? `\n${problem.detail}` : '';
  return `${problem.level} ${problem.code}: ${problem.message}${where}${detail}`;
}

function seconds(ms: number | undefined): string {
  return ((ms ?? 0) / 1000).toFixed(3);
}
