import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import type { CommandDeps } from './broker-flags.js';
import {
  chooseFormat,
  COMPARE_FORMATS,
  formatOption,
  outputOption,
  type ReportFlags,
} from '../output/report/report-format.js';

interface CompareOptions extends ReportFlags {
  spec: string;
  contract: string;
  json?: boolean;
  allowUndeclaredResponseFields?: boolean;
}

/** `signet compare --spec <file> --contract <file> [--format <format>] [--output <file>]`: offline, no broker. */
export function registerCompare(program: Command, { io, context, done }: CommandDeps): void {
  program
    .command('compare')
    .description('compare a consumer contract (Pact file) with a provider spec (OpenAPI/Swagger), offline')
    .requiredOption('--spec <file>', 'provider spec: OpenAPI 3.x or Swagger 2.0, JSON or YAML')
    .requiredOption('--contract <file>', 'consumer contract: a Pact file (v1 to v4)')
    .option('--json', 'print { compatible, findings } as JSON (= --format json)')
    .option('--allow-undeclared-response-fields', 'accept response fields the spec does not declare')
    .addOption(formatOption(COMPARE_FORMATS))
    .addOption(outputOption())
    .action(async (options: CompareOptions) => {
      const format = chooseFormat(options, COMPARE_FORMATS);
      // Loaded here, not at the top: `signet --help` must not load core.
      const { compareFiles } = await import('../actions/compare-files.js');
      const result = await compareFiles({
        specPath: options.spec,
        contractPath: options.contract,
        allowUndeclaredResponseFields: options.allowUndeclaredResponseFields,
      });
      const { emitComparison } = await import('../output/report/index.js');
      const files = { spec: options.spec, contract: options.contract };
      await emitComparison({ io, context, format, output: options.output }, result, files);
      done({ exitCode: result.compatible ? ExitCode.ok : ExitCode.failed });
    });
}
