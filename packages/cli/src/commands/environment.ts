import type { Environment } from '@signet/client';
import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { renderTable } from '../output/render-table.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';
import { brokerSession } from './broker-session.js';

interface CreateFlags extends BrokerFlags {
  production?: boolean;
  displayName?: string;
}

/** `signet environment create <name> [--production]` and `signet environment list`. */
export function registerEnvironment(program: Command, { io, context, done }: CommandDeps): void {
  const environment = program.command('environment').description('create and list environments');

  withBrokerFlags(environment.command('create').argument('<name>', 'unique, no spaces, e.g. production'))
    .description(
      'create an environment; rerunning it is fine (exit 0 when it exists as asked, 1 with other settings)',
    )
    .option('--production', 'mark it as a production environment')
    .option('--display-name <text>', 'a human name')
    .action(async (name: string, flags: CreateFlags) => {
      const { client } = await brokerSession(context, flags);
      const { createEnvironment } = await import('../actions/environments/create-environment.js');
      const { environment, created } = await createEnvironment(client, {
        name,
        displayName: flags.displayName,
        production: flags.production === true,
      });
      const text = created
        ? `created environment ${environment.name}\n`
        : `environment ${environment.name} already exists with these settings\n`;
      io.out(flags.json ? jsonText({ ...environment, created }) : text);
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(environment.command('list'))
    .description('list environments')
    .action(async (flags: BrokerFlags) => {
      const { client } = await brokerSession(context, flags);
      const { allItems } = await import('@signet/client');
      const all: Environment[] = [];
      for await (const item of allItems((cursor) => client.environments.list({ cursor, limit: 100 })))
        all.push(item);
      const rows = all.map((e) => [e.name, e.displayName, e.production ? 'production' : '']);
      io.out(flags.json ? jsonText(all) : renderTable(['NAME', 'DISPLAY NAME', 'PRODUCTION'], rows));
      done({ exitCode: ExitCode.ok });
    });
}
