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

interface GuardFlags extends BrokerFlags, ReportFlags {
  service?: string;
  version?: string;
  environment?: string;
}

/** `signet deploy-guard --service --version --environment`: exit 0 when safe, 1 when unsafe or unknown. */
export function registerDeployGuard(program: Command, { io, context, done }: CommandDeps): void {
  withBrokerFlags(program.command('deploy-guard'))
    .description('is it safe to deploy this version to this environment? Prints the verdict and every reason')
    .option('--service <name>', 'the service to deploy')
    .option('--version <version>', 'its version (default: git rev-parse HEAD)')
    .option('--environment <name>', 'where it would go')
    .addOption(formatOption(CHECK_FORMATS))
    .addOption(outputOption())
    .action(async (flags: GuardFlags) => {
      const format = chooseFormat(flags, CHECK_FORMATS);
      const { settings, client } = await brokerSession(context, flags);
      const { checkDeploy } = await import('../actions/deploy-guard/check-deploy.js');
      const check = await checkDeploy(client, {
        service: settings.require('service', flags.service),
        version: await settings.fromGit('version', flags.version),
        environment: settings.require('environment', flags.environment),
      });
      const { emitDeployGuard } = await import('../output/report/index.js');
      await emitDeployGuard({ io, context, format, output: flags.output }, check);
      done({ exitCode: check.verdict === 'safe' ? ExitCode.ok : ExitCode.failed });
    });
}
