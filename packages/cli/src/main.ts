import { Command, CommanderError } from 'commander';
import { registerBroker } from './commands/broker.js';
import { registerCompare } from './commands/compare.js';
import { registerProxy } from './commands/proxy.js';
import { registerTest } from './commands/test.js';
import type { CommandResult } from './commands/command-result.js';
import { CliError, ExitCode } from './exit-codes.js';
import { processIo, type Io } from './output/io.js';

/**
 * Runs the signet CLI with `argv` (without the node and script entries) and resolves to the exit code.
 * Never calls `process.exit`, so it can be driven in-process by tests.
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let result: CommandResult = { exitCode: ExitCode.ok };
  const program = new Command('signet')
    .description('Signet: spec-driven contract testing for HTTP microservices')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run signet --help for usage)');
  const done = (r: CommandResult): void => {
    result = r;
  };
  registerBroker(program, done);
  registerCompare(program, io, done);
  registerProxy(program, io, done);
  registerTest(program, io, done);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof CliError) {
    io.err(`signet: ${error.message}\n`);
    return error.exitCode;
  }
  io.err(`signet: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ExitCode.usage;
}
