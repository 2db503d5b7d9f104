import type { Command } from 'commander';
import { connect } from '../actions/connect.js';
import { checkDeploy } from '../actions/deploy-guard/check-deploy.js';
import { loadSettings } from '../config/settings.js';
import { ExitCode } from '../exit-codes.js';
import { renderDeployGuard } from '../output/render-deploy-guard.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';

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
      const settings = await loadSettings(context);
      const client = connect(settings, flags);
      const check = await checkDeploy(client, {
        service: settings.require('service', flags.service),
        version: await settings.fromGit('version', flags.version),
        environment: settings.require('environment', flags.environment),
      });
      io.out(flags.json ? jsonText(check) : renderDeployGuard(io, check));
      done({ exitCode: check.verdict === 'safe' ? ExitCode.ok : ExitCode.failed });
    });
}
