import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import type { CommandDeps } from './broker-flags.js';
import {
  chooseFormat,
  COMPARE_FORMATS,
  formatOption,
  outputOption,
  type ReportFlags,
} from '../output/report/report-format.js';

interface CompareOptions extends ReportFlags {
  spec: string[];
  contract: string;
  json?: boolean;
  allowUndeclaredResponseFields?: boolean;
  strictRouting?: boolean;
  maxSpecBytes?: string;
}

/** The user's own spec file: generous, so GitHub's 13 MB spec fits; the broker keeps its own configured limit. */
export const DEFAULT_MAX_SPEC_BYTES = 64 * 1024 * 1024;

/**
 * `signet compare --spec <file> [--spec <asyncapi file>] --contract <file> [--format <format>] [--output <file>]`:
 * offline, no broker.
 */
export function registerCompare(program: Command, { io, context, done }: CommandDeps): void {
  program
    .command('compare')
    .description(
      'compare a consumer contract (Pact file) with a provider spec (OpenAPI/Swagger, AsyncAPI), offline',
    )
    .requiredOption(
      '--spec <file>',
      'provider spec: OpenAPI 3.x or Swagger 2.0, or AsyncAPI 2.x/3.x, JSON or YAML; repeat it to give one of each (HTTP and message interactions)',
      (file: string, previous: string[] | undefined) => [...(previous ?? []), file],
    )
    .requiredOption('--contract <file>', 'consumer contract: a Pact file (v1 to v4)')
    .option('--json', 'print { compatible, findings } as JSON (= --format json)')
    .option('--allow-undeclared-response-fields', 'accept response fields the spec does not declare')
    .option(
      '--strict-routing',
      'report a dropped trailing slash or a missing server/basePath prefix as an error, not a warning',
    )
    .option(
      '--max-spec-bytes <bytes>',
      `largest spec file (and each file it references) to load, in bytes (default ${DEFAULT_MAX_SPEC_BYTES}, 64 MiB)`,
    )
    .addOption(formatOption(COMPARE_FORMATS))
    .addOption(outputOption())
    .action(async (options: CompareOptions) => {
      const format = chooseFormat(options, COMPARE_FORMATS);
      const maxSpecBytes = byteCount('--max-spec-bytes', options.maxSpecBytes);
      // Loaded here, not at the top: `signet --help` must not load core.
      const { compareFiles } = await import('../actions/compare-files.js');
      const { result, httpSpecPath, messageSpecPath } = await compareFiles({
        specPaths: options.spec,
        contractPath: options.contract,
        allowUndeclaredResponseFields: options.allowUndeclaredResponseFields,
        strictRouting: options.strictRouting,
        maxSpecBytes,
      });
      const { emitComparison } = await import('../output/report/index.js');
      // Reports point HTTP findings at the OpenAPI file and message findings at the AsyncAPI one.
      const files = {
        spec: httpSpecPath ?? messageSpecPath ?? options.spec[0]!,
        contract: options.contract,
        ...(httpSpecPath && messageSpecPath ? { messageSpec: messageSpecPath } : {}),
      };
      await emitComparison({ io, context, format, output: options.output }, result, files);
      done({ exitCode: result.compatible ? ExitCode.ok : ExitCode.failed });
    });
}

function byteCount(flag: string, text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_SPEC_BYTES;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || !Number.isSafeInteger(value))
    throw new CliError(`${flag} must be a whole number of bytes above 0, got '${text}'`);
  return value;
}
