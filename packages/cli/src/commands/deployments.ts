import type { Command } from 'commander';
import type { DeploymentChange } from '../actions/record-deployment.js';
import { ExitCode } from '../exit-codes.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';
import { brokerSession } from './broker-session.js';

interface RecordFlags extends BrokerFlags {
  service?: string;
  version?: string;
  environment?: string;
  applicationInstance?: string;
}

const commands: Array<[name: string, change: DeploymentChange, description: string, done: string]> = [
  [
    'record-deployment',
    'deployment',
    'record that a version is deployed (replacing the previous one)',
    'deployed',
  ],
  [
    'record-undeployment',
    'undeployment',
    'record that a deployed version is no longer running',
    'undeployed',
  ],
  [
    'record-release',
    'release',
    'record that a version is released (releases accumulate, e.g. mobile apps)',
    'released',
  ],
];

/** `signet record-deployment | record-undeployment | record-release --service --version --environment`. */
export function registerDeployments(program: Command, { io, context, done }: CommandDeps): void {
  for (const [name, change, description, past] of commands) {
    const command = withBrokerFlags(program.command(name))
      .description(description)
      .option('--service <name>', 'the service')
      .option('--version <version>', 'its version (default: git rev-parse HEAD)')
      .option('--environment <name>', 'the environment');
    if (change !== 'release')
      command.option('--application-instance <name>', 'which instance, when several run');
    command.action(async (flags: RecordFlags) => {
      const { settings, client } = await brokerSession(context, flags);
      const target = {
        service: settings.require('service', flags.service),
        version: await settings.fromGit('version', flags.version),
        environment: settings.require('environment', flags.environment),
        applicationInstance: flags.applicationInstance,
      };
      const { recordDeploymentChange } = await import('../actions/record-deployment.js');
      const recorded = await recordDeploymentChange(client, change, target);
      io.out(
        flags.json
          ? jsonText(recorded ?? { ...target, current: false })
          : `${past} ${target.service}@${target.version} in ${target.environment}\n`,
      );
      done({ exitCode: ExitCode.ok });
    });
  }
}
