import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliContext } from '../../config/context.js';
import { CliError } from '../../exit-codes.js';
import type { Io } from '../io.js';
import { jsonText } from '../json-text.js';
import type { CiReport } from './ci-report.js';
import { githubCommands } from './github.js';
import { junitXml } from './junit.js';
import { markdownSummary } from './markdown.js';
import type { ReportFormat } from './report-format.js';
import { sarifLog } from './sarif.js';

const SIGNET_VERSION = '0.1.0';

/** One result, in every shape a command can print it; each is built only when asked for. */
export interface ReportParts {
  /** The human report (`--format text`). */
  text: () => string;
  /** What `--json` prints. */
  json: () => unknown;
  ci: () => CiReport | Promise<CiReport>;
}

/**
 * Writes the report in `format` to stdout, or to `output` (then stdout gets the verdict line and where the
 * report went), and appends a Markdown summary to `$GITHUB_STEP_SUMMARY` when the command's environment sets it.
 */
export async function emitReport(
  { io, context }: { io: Io; context: CliContext },
  choice: { format: ReportFormat; output?: string },
  parts: ReportParts,
): Promise<void> {
  let ci: Promise<CiReport> | undefined;
  const ciReport = (): Promise<CiReport> => (ci ??= Promise.resolve(parts.ci()));
  const body = await render(choice.format, parts, ciReport);
  if (choice.output === undefined) io.out(body);
  else {
    const file = path.resolve(context.cwd, choice.output);
    await writeFile(file, body).catch((error: unknown) => {
      throw new CliError(`cannot write the report to ${choice.output}: ${(error as Error).message}`);
    });
    io.out(`${(await ciReport()).summary} (${choice.format} report written to ${choice.output})\n`);
  }
  const summaryFile = context.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) {
    // The result stands even when the summary cannot be written: warn, do not fail.
    await appendFile(path.resolve(context.cwd, summaryFile), markdownSummary(await ciReport()) + '\n').catch(
      (error: unknown) =>
        io.err(`signet: cannot append to GITHUB_STEP_SUMMARY: ${(error as Error).message}\n`),
    );
  }
}

async function render(
  format: ReportFormat,
  parts: ReportParts,
  ci: () => Promise<CiReport>,
): Promise<string> {
  switch (format) {
    case 'text':
      return parts.text();
    case 'json':
      return jsonText(parts.json());
    case 'junit':
      return junitXml(await ci());
    case 'github':
      return githubCommands(await ci());
    case 'markdown':
      return markdownSummary(await ci());
    case 'sarif':
      return sarifLog(await ci(), SIGNET_VERSION);
  }
}
