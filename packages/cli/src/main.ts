import { Command, CommanderError } from 'commander';
import type { CommandDeps } from './commands/broker-flags.js';
import { registerBroker } from './commands/broker.js';
import { registerCompare } from './commands/compare.js';
import { registerProxy } from './commands/proxy.js';
import { registerMock } from './commands/mock.js';
import { registerTest } from './commands/test.js';
import { registerPublish } from './commands/publish.js';
import { registerDeployGuard } from './commands/deploy-guard.js';
import { registerDeployments } from './commands/deployments.js';
import { registerEnvironment } from './commands/environment.js';
import { registerToken } from './commands/token.js';
import { registerWebhook } from './commands/webhook.js';
import type { CommandResult } from './commands/command-result.js';
import { processContext, type CliContext } from './config/context.js';
import { CliError, ExitCode } from './exit-codes.js';
import { processIo, type Io } from './output/io.js';

/**
 * Runs the signet CLI with `argv` (without the node and script entries) and resolves to the exit code.
 * Never calls `process.exit`, so it can be driven in-process by tests (with their own `io` and `context`:
 * environment variables and working directory).
 */
export async function run(
  argv: string[],
  io: Io = processIo,
  context: CliContext = processContext(),
): Promise<number> {
  let result: CommandResult = { exitCode: ExitCode.ok };
  const program = new Command('signet')
    .description('Signet: spec-driven contract testing for HTTP microservices')
    .version('0.1.0')
    // `--version` after a command is that command's (a service version), not the program's.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run signet --help for usage)');
  const done = (r: CommandResult): void => {
    result = r;
  };
  // Every command gets the same record: where to print, the environment and directory, and how to finish.
  const deps: CommandDeps = { io, context, done };
  registerBroker(program, deps);
  registerCompare(program, deps);
  registerProxy(program, deps);
  registerMock(program, deps);
  registerTest(program, deps);
  registerPublish(program, deps);
  registerDeployGuard(program, deps);
  registerDeployments(program, deps);
  registerEnvironment(program, deps);
  registerToken(program, deps);
  registerWebhook(program, deps);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    return await exitCodeFor(error, io);
  }
}

async function exitCodeFor(error: unknown, io: Io): Promise<number> {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof CliError) {
    io.err(`signet: ${error.message}\n`);
    return error.exitCode;
  }
  // Loaded only on failure: it needs the client's error classes.
  const { brokerFailure } = await import('./broker-failure.js');
  const failure = brokerFailure(error);
  if (failure !== undefined) {
    io.err(`signet: ${failure.message}\n`);
    return failure.exitCode;
  }
  io.err(
    `signet: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return ExitCode.usage;
}
