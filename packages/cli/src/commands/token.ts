import type { ApiToken, Role } from '@signet/client';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import { renderTable } from '../output/render-table.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';
import { brokerSession } from './broker-session.js';

const roles: Role[] = ['read', 'write', 'admin'];

/** `signet token create --name <n> --role <r>`, `signet token list`, `signet token revoke <id>` (admin token). */
export function registerToken(program: Command, { io, context, done }: CommandDeps): void {
  const token = program.command('token').description('manage API tokens (needs an admin token)');

  withBrokerFlags(token.command('create'))
    .description('create a token; it is printed once, only its hash is kept')
    .requiredOption('--name <name>', 'what the token is for, e.g. ci-inventory')
    .requiredOption('--role <role>', 'read, write (publish, record deployments) or admin')
    .action(async (flags: BrokerFlags & { name: string; role: string }) => {
      if (!roles.includes(flags.role as Role)) {
        throw new CliError(`--role must be one of ${roles.join(', ')}, got '${flags.role}'`);
      }
      const { client } = await brokerSession(context, flags);
      const created = await client.tokens.create({ name: flags.name, role: flags.role as Role });
      io.out(flags.json ? jsonText(created) : `${created.token}\n`);
      if (!flags.json)
        io.err(`created ${created.role} token ${created.id} (${created.name}); it is shown only once\n`);
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(token.command('list'))
    .description('list tokens (never their secrets)')
    .action(async (flags: BrokerFlags) => {
      const { client } = await brokerSession(context, flags);
      const { allItems } = await import('@signet/client');
      const all: ApiToken[] = [];
      for await (const item of allItems((cursor) => client.tokens.list({ cursor, limit: 100 })))
        all.push(item);
      const rows = all.map((t) => [String(t.id), t.name, t.role, t.createdAt, t.revokedAt ?? '']);
      const headers = ['ID', 'NAME', 'ROLE', 'CREATED', 'REVOKED'];
      io.out(flags.json ? jsonText(all) : renderTable(headers, rows));
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(token.command('revoke').argument('<id>', 'the token id (see signet token list)'))
    .description('revoke a token')
    .action(async (id: string, flags: BrokerFlags) => {
      if (!/^[1-9]\d{0,15}$/.test(id))
        throw new CliError(`the token id must be a positive integer, got '${id}'`);
      const { client } = await brokerSession(context, flags);
      await client.tokens.revoke(Number(id));
      io.out(flags.json ? JSON.stringify({ id: Number(id), revoked: true }) + '\n' : `revoked token ${id}\n`);
      done({ exitCode: ExitCode.ok });
    });
}
