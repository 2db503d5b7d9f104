import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import type { CommandDeps } from './broker-flags.js';
import {
  chooseFormat,
  CHECK_FORMATS,
  formatOption,
  outputOption,
  type ReportFlags,
} from '../output/report/report-format.js';

interface DiffOptions extends ReportFlags {
  base: string;
  head: string;
  failOn?: string;
}

/** `signet diff --base <file> --head <file> [--fail-on <severity>]`: classified spec changes, offline. */
export function registerDiff(program: Command, { io, context, done }: CommandDeps): void {
  program
    .command('diff')
    .description('classify the changes between two versions of a provider spec (breaking or not), offline')
    .requiredOption('--base <file>', 'the spec as it was: OpenAPI 3.x or Swagger 2.0, JSON or YAML')
    .requiredOption('--head <file>', 'the spec as it is now')
    .option(
      '--fail-on <severity>',
      'exit 1 on a change this severe or worse: breaking, potentially-breaking',
      'breaking',
    )
    .option('--json', 'print { changes, counts, failed } as JSON (= --format json)')
    .addOption(formatOption(CHECK_FORMATS))
    .addOption(outputOption())
    .action(async (options: DiffOptions) => {
      const format = chooseFormat(options, CHECK_FORMATS);
      // Loaded here, not at the top: `signet --help` must not load core.
      const { diffFiles, parseFailOn } = await import('../actions/diff/diff-files.js');
      const result = await diffFiles({
        base: options.base,
        head: options.head,
        failOn: parseFailOn(options.failOn),
        cwd: context.cwd,
      });
      const [{ emitReport }, { renderDiff }, { diffReport }] = await Promise.all([
        import('../output/report/emit-report.js'),
        import('../actions/diff/render-diff.js'),
        import('../actions/diff/diff-report.js'),
      ]);
      const files = { base: options.base, head: options.head };
      await emitReport(
        { io, context },
        { format, output: options.output },
        {
          text: () => renderDiff(options.output === undefined ? io : { ...io, color: false }, result),
          json: () => result,
          ci: () => diffReport(result, files, context.cwd),
        },
      );
      done({ exitCode: result.failed ? ExitCode.failed : ExitCode.ok });
    });
}
