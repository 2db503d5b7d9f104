import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import {
  CHECK_FORMATS,
  chooseFormat,
  formatOption,
  outputOption,
  type ReportFlags,
} from '../output/report/report-format.js';
import { brokerSession } from './broker-session.js';
import { guardRunOptions, parseGuardRun, type GuardRunFlags } from './deploy-guard-flags.js';

interface GuardFlags extends BrokerFlags, ReportFlags, GuardRunFlags {
  service?: string;
  version?: string;
  environment?: string;
}

/**
 * `signet deploy-guard --service --version --environment`: exit 0 when safe, 1 when unsafe or unknown
 * (0 whatever the verdict with `--dry-run`); `--retry-while-unknown` asks again while it is unknown.
 */
export function registerDeployGuard(program: Command, { io, context, done }: CommandDeps): void {
  const command = withBrokerFlags(program.command('deploy-guard'))
    .description('is it safe to deploy this version to this environment? Prints the verdict and every reason')
    .option('--service <name>', 'the service to deploy')
    .option('--version <version>', 'its version (default: git rev-parse HEAD)')
    .option('--environment <name>', 'where it would go')
    .addOption(formatOption(CHECK_FORMATS))
    .addOption(outputOption());
  for (const option of guardRunOptions()) command.addOption(option);
  command.action(async (flags: GuardFlags) => {
    const format = chooseFormat(flags, CHECK_FORMATS);
    const run = parseGuardRun(flags);
    // Only GETs are retried (the client never repeats a request that changes something).
    const network = { timeoutMs: run.timeoutMs, retries: 2, retryDelayMs: 1000 };
    const { settings, client } = await brokerSession(context, flags, network);
    const { checkDeploy } = await import('../actions/deploy-guard/check-deploy.js');
    const { checkUntilKnown } = await import('../actions/deploy-guard/check-until-known.js');
    const { renderGuardWait, renderDryRun } = await import('../output/render-guard-progress.js');
    const query = {
      service: settings.require('service', flags.service),
      version: await settings.fromGit('version', flags.version),
      environment: settings.require('environment', flags.environment),
    };
    const check = await checkUntilKnown(() => checkDeploy(client, query), {
      retries: run.retries,
      intervalMs: run.intervalMs,
      // On stderr, so stdout holds only the report in the chosen format.
      onWait: (retry, answer) => io.err(renderGuardWait(answer, retry, run.retries, run.intervalMs)),
    });
    const { emitDeployGuard } = await import('../output/report/index.js');
    await emitDeployGuard({ io, context, format, output: flags.output }, check);
    const exitCode = check.verdict === 'safe' ? ExitCode.ok : ExitCode.failed;
    if (run.dryRun) io.err(renderDryRun(check.verdict, exitCode));
    done({ exitCode: run.dryRun ? ExitCode.ok : exitCode });
  });
}
