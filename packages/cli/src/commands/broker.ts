import type { Command } from 'commander';
import type { CommandDeps } from './broker-flags.js';

interface BrokerOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  insecureOpen?: boolean;
  engineWorkers?: string;
  engineTimeout?: string;
  maxDocumentBytes?: string;
}

/** The broker program's flags, by option key, as it spells them (`packages/broker`'s config). */
const flags: Record<keyof BrokerOptions, string> = {
  port: '--port',
  host: '--host',
  dataDir: '--data-dir',
  databaseUrl: '--database-url',
  insecureOpen: '--insecure-open',
  engineWorkers: '--engine-workers',
  engineTimeout: '--engine-timeout',
  maxDocumentBytes: '--max-document-bytes',
};

/**
 * `signet broker [--port 3000] [--data-dir ./.signet/data] [--database-url …] [--host …] [--insecure-open]`:
 * checks the port, then runs the broker program with these options (it validates them).
 */
export function registerBroker(program: Command, { context, done }: CommandDeps): void {
  program
    .command('broker')
    .description(
      'start the broker (HTTP API and UI) on an embedded database, or PostgreSQL with --database-url',
    )
    .option('--port <n>', 'port to listen on (else PORT; default 3000)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--data-dir <dir>', 'embedded database directory (default ./.signet/data)')
    .option('--database-url <url>', 'use PostgreSQL instead (postgres://…; else DATABASE_URL)')
    .option('--insecure-open', 'allow a non-loopback --host without authentication')
    .option('--engine-workers <n>', 'worker threads for specs and comparisons (else SIGNET_ENGINE_WORKERS)')
    .option(
      '--engine-timeout <s>',
      'time limit of each of their tasks (else SIGNET_ENGINE_TIMEOUT; default 120)',
    )
    .option(
      '--max-document-bytes <n>',
      'largest spec or contract accepted (else SIGNET_MAX_DOCUMENT_BYTES; default 10485760, 10 MiB)',
    )
    .addHelpText(
      'after',
      `
Environment: SIGNET_ADMIN_TOKEN (turns authentication on), SIGNET_RATE_LIMIT, SIGNET_AUTH_FAILURE_LIMIT,
SIGNET_WEBHOOK_* and SIGNET_PUBLIC_URL (docs/webhooks.md). Stop it with Ctrl-C (SIGINT) or SIGTERM.`,
    )
    .action(async (options: BrokerOptions) => {
      const { startBrokerProcess } = await import('../actions/start-broker-process.js');
      const args = Object.entries(options).flatMap(([key, value]) => {
        const flag = flags[key as keyof BrokerOptions];
        return value === true ? [flag] : typeof value === 'string' ? [flag, value] : [];
      });
      done({ exitCode: await startBrokerProcess(args, options, context.env) });
    });
}
