import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';
import { brokerSession } from './broker-session.js';

interface GuardFlags extends BrokerFlags {
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
    .action(async (flags: GuardFlags) => {
      const { settings, client } = await brokerSession(context, flags);
      const { checkDeploy } = await import('../actions/deploy-guard/check-deploy.js');
      const { renderDeployGuard } = await import('../output/render-deploy-guard.js');
      const check = await checkDeploy(client, {
        service: settings.require('service', flags.service),
        version: await settings.fromGit('version', flags.version),
        environment: settings.require('environment', flags.environment),
      });
      io.out(flags.json ? jsonText(check) : renderDeployGuard(io, check));
      done({ exitCode: check.verdict === 'safe' ? ExitCode.ok : ExitCode.failed });
    });
}
