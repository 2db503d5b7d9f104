import type { Command } from 'commander';
import { startBrokerProcess } from '../actions/start-broker-process.js';
import type { CommandResult } from './command-result.js';

/**
 * `signet broker [--port 3000] [--data-dir ./.signet/data] [--database-url …] [--host …] [--insecure-open]`:
 * runs the broker program. Options pass through unchanged; the broker validates them.
 */
export function registerBroker(program: Command, done: (result: CommandResult) => void): void {
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
      done({ exitCode: await startBrokerProcess(options) });
    });
}
