import type { CiLevel, CiReport } from './ci-report.js';

const commands: Record<CiLevel, string> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * The report as GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` per problem, at its file
 * and line when known (the annotation then shows on that line of the pull request), and a closing `::notice`
 * with the verdict.
 *
 * @example `::error file=pact.json,line=12,title=response.body.incompatible::a request for pet 1: must be integer`
 */
export function githubCommands(report: CiReport): string {
  const lines: string[] = [];
  for (const c of report.cases) {
    for (const problem of c.problems) {
      const properties: string[] = [];
      if (problem.location) {
        properties.push(`file=${property(problem.location.file)}`);
        if (problem.location.line !== undefined) properties.push(`line=${problem.location.line}`);
      }
      properties.push(`title=${property(problem.code)}`);
      const message = [`${c.name}: ${problem.message}`, problem.detail].filter(Boolean).join('\n');
      lines.push(`::${commands[problem.level]} ${properties.join(',')}::${data(message)}`);
    }
  }
  lines.push(`::notice title=${property(report.command)}::${data(`${report.title}: ${report.summary}`)}`);
  return lines.join('\n') + '\n';
}

/** A command's message: `%` first, so the escapes it writes are not escaped again. */
export function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=`, `title=`): also `:` and `,`, which would end it. */
export function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
