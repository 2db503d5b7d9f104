import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import type { BrokerFlags, CommandDeps } from './broker-flags.js';
import { brokerSession } from './broker-session.js';
import {
  chooseFormat,
  CHECK_FORMATS,
  formatOption,
  outputOption,
  type ReportFlags,
} from '../output/report/report-format.js';

interface DiffOptions extends ReportFlags, BrokerFlags {
  base?: string;
  head: string;
  failOn?: string;
  provider?: string;
  environment?: string;
  branch?: string;
}

/**
 * `signet diff --base <file> --head <file> [--fail-on <severity>]`: classified spec changes, offline.
 * `signet diff --head <file> --provider <name> [--environment E] [--branch B]`: the same against the provider's
 * latest spec in the broker, each change with the consumers it breaks; exit 1 when it breaks one that counts.
 */
export function registerDiff(program: Command, { io, context, done }: CommandDeps): void {
  program
    .command('diff')
    .description('classify the changes between two versions of a provider spec (breaking or not), offline')
    .option('--base <file>', 'the spec as it was: OpenAPI 3.x or Swagger 2.0, JSON or YAML')
    .requiredOption('--head <file>', 'the spec as it is now')
    .option(
      '--provider <name>',
      "instead of --base: the provider's latest spec in the broker, and its consumers",
    )
    .option('--environment <name>', 'with --provider: count the consumer versions deployed or released there')
    .option('--branch <name>', "with --provider: count each consumer's latest version on this branch")
    .option('--broker-url <url>', 'with --provider: the broker (else SIGNET_BROKER_URL, .signetrc.yaml)')
    .option('--token <token>', 'with --provider: API token (else SIGNET_TOKEN or .signetrc.yaml)')
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
      if (options.provider !== undefined) return diffAgainstBroker(options, format);
      if (options.base === undefined)
        throw new CliError('give --base <file>, or --provider <name> to diff against the broker');
      if (options.environment !== undefined || options.branch !== undefined)
        throw new CliError('--environment and --branch need --provider');
      const base = options.base;
      // Loaded here, not at the top: `signet --help` must not load core.
      const { diffFiles, parseFailOn } = await import('../actions/diff/diff-files.js');
      const result = await diffFiles({
        base,
        head: options.head,
        failOn: parseFailOn(options.failOn),
        cwd: context.cwd,
      });
      const [{ emitReport }, { renderDiff }, { diffReport }] = await Promise.all([
        import('../output/report/emit-report.js'),
        import('../actions/diff/render-diff.js'),
        import('../actions/diff/diff-report.js'),
      ]);
      const files = { base, head: options.head };
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

  async function diffAgainstBroker(
    options: DiffOptions,
    format: ReturnType<typeof chooseFormat>,
  ): Promise<void> {
    if (options.base !== undefined) throw new CliError('give either --base or --provider, not both');
    const { client } = await brokerSession(context, options);
    const [actions, { emitReport }, { renderImpact }, { impactReport }] = await Promise.all([
      import('../actions/diff/diff-against-broker.js'),
      import('../output/report/emit-report.js'),
      import('../actions/diff/render-impact.js'),
      import('../actions/diff/impact-report.js'),
    ]);
    const result = await actions.diffAgainstBroker(client, {
      head: options.head,
      provider: options.provider!,
      ...(options.environment === undefined ? {} : { environment: options.environment }),
      ...(options.branch === undefined ? {} : { branch: options.branch }),
      cwd: context.cwd,
    });
    await emitReport(
      { io, context },
      { format, output: options.output },
      {
        text: () => renderImpact(options.output === undefined ? io : { ...io, color: false }, result),
        json: () => result,
        ci: () => impactReport(result, options.head, context.cwd),
      },
    );
    done({ exitCode: result.failed ? ExitCode.failed : ExitCode.ok });
  }
}
