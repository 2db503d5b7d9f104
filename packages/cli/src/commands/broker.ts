import type { Command } from 'commander';
import type { CommandDeps } from './broker-flags.js';

/**
 * `signet broker [--port 3000] [--data-dir ./.signet/data] [--database-url …] [--host …] [--insecure-open]`:
 * runs the broker program. Options pass through unchanged; the broker validates them.
 */
export function registerBroker(program: Command, { done }: CommandDeps): void {
  program
    .command('broker')
    .description(
      'start the broker (HTTP API and UI) on an embedded database, or PostgreSQL with --database-url',
    )
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]', 'broker options: --port, --host, --data-dir, --database-url, --insecure-open')
    .action(async (options: string[]) => {
      const { startBrokerProcess } = await import('../actions/start-broker-process.js');
      done({ exitCode: await startBrokerProcess(options) });
    });
}
