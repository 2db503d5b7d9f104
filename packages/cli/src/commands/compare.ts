import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import type { CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';

interface CompareOptions {
  spec: string;
  contract: string;
  json?: boolean;
  allowUndeclaredResponseFields?: boolean;
}

/** `signet compare --spec <file> --contract <file> [--json]`: offline comparison, no broker needed. */
export function registerCompare(program: Command, { io, done }: CommandDeps): void {
  program
    .command('compare')
    .description('compare a consumer contract (Pact file) with a provider spec (OpenAPI/Swagger), offline')
    .requiredOption('--spec <file>', 'provider spec: OpenAPI 3.x or Swagger 2.0, JSON or YAML')
    .requiredOption('--contract <file>', 'consumer contract: a Pact file (v1 to v4)')
    .option('--json', 'print { compatible, findings } as JSON')
    .option('--allow-undeclared-response-fields', 'accept response fields the spec does not declare')
    .action(async (options: CompareOptions) => {
      // Loaded here, not at the top: `signet --help` must not load core.
      const { compareFiles } = await import('../actions/compare-files.js');
      const { renderComparison } = await import('../output/render-comparison.js');
      const result = await compareFiles({
        specPath: options.spec,
        contractPath: options.contract,
        allowUndeclaredResponseFields: options.allowUndeclaredResponseFields,
      });
      io.out(options.json ? jsonText(result) : renderComparison(io, result));
      done({ exitCode: result.compatible ? ExitCode.ok : ExitCode.failed });
    });
}
