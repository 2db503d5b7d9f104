import type { Command } from 'commander';
import type { CliContext } from '../config/context.js';
import type { Io } from '../output/io.js';
import type { CommandResult } from './command-result.js';

/** Flags every broker command takes. */
export interface BrokerFlags {
  brokerUrl?: string;
  token?: string;
  json?: boolean;
}

/** What a command registration needs from `run`. */
export interface CommandDeps {
  io: Io;
  context: CliContext;
  done: (result: CommandResult) => void;
}

/** Adds `--broker-url`, `--token` and `--json` to a command that talks to the broker. */
export function withBrokerFlags(command: Command): Command {
  return command
    .option(
      '--broker-url <url>',
      'the broker (else SIGNET_BROKER_URL, .signetrc.yaml, http://localhost:3000)',
    )
    .option('--token <token>', 'API token (else SIGNET_TOKEN or .signetrc.yaml)')
    .option('--json', 'print the result as JSON');
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];
