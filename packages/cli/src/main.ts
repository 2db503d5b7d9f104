import { Command, CommanderError } from 'commander';
import type { CommandDeps } from './commands/broker-flags.js';
import { registerBroker } from './commands/broker.js';
import { registerCompare } from './commands/compare.js';
import { registerDiff } from './commands/diff.js';
import { registerProxy } from './commands/proxy.js';
import { registerMock } from './commands/mock.js';
import { registerTest } from './commands/test.js';
import { registerPublish } from './commands/publish.js';
import { registerDeployGuard } from './commands/deploy-guard.js';
import { registerDeployments } from './commands/deployments.js';
import { registerEnvironment } from './commands/environment.js';
import { registerToken } from './commands/token.js';
import { registerWebhook } from './commands/webhook.js';
import { registerCompletion } from './commands/completion.js';
import { registerConfig } from './commands/config.js';
import type { CommandResult } from './commands/command-result.js';
import { commandPath, finishHelp } from './commands/help-text.js';
import { processContext, type CliContext } from './config/context.js';
import { CliError, ExitCode } from './exit-codes.js';
import { processIo, type Io } from './output/io.js';
import { jsonErrorText, wantsJson } from './output/json-error.js';

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
  const { args, color } = colorFlags(argv);
  const runIo: Io = color === undefined ? io : { ...io, color };
  let result: CommandResult = { exitCode: ExitCode.ok };
  let running: Command | undefined;
  const program = new Command('signet')
    .description('Signet: spec-driven contract testing for HTTP microservices')
    .version('0.1.0')
    // Declared for the help only: colorFlags takes them out of argv wherever they are.
    .option('--color', 'colour the output even when it is not a terminal (else FORCE_COLOR)')
    .option('--no-color', 'never colour the output (else NO_COLOR or TERM=dumb)')
    // `--version` after a command is that command's (a service version), not the program's.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => runIo.out(s), writeErr: (s) => runIo.err(s) })
    .showHelpAfterError('(run signet --help for usage)')
    // Which command runs, so a broker refusal can name its flags.
    .hook('preAction', (_program, action) => void (running = action));
  const done = (r: CommandResult): void => {
    result = r;
  };
  // Every command gets the same record: where to print, the environment and directory, and how to finish.
  const deps: CommandDeps = { io: runIo, context, done };
  registerBroker(program, deps);
  registerCompare(program, deps);
  registerDiff(program, deps);
  registerProxy(program, deps);
  registerMock(program, deps);
  registerTest(program, deps);
  registerPublish(program, deps);
  registerDeployGuard(program, deps);
  registerDeployments(program, deps);
  registerEnvironment(program, deps);
  registerToken(program, deps);
  registerWebhook(program, deps);
  registerConfig(program, deps);
  registerCompletion(program, deps);
  finishHelp(program);

  try {
    await program.parseAsync(args, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    const failure = await describeFailure(error, running, context);
    if (failure === undefined) return ExitCode.ok;
    // Commander has already printed its own message; ours go to stderr here.
    if (!(error instanceof CommanderError)) runIo.err(`signet: ${failure.message}\n`);
    if (wantsJson(args)) runIo.out(jsonErrorText(failure.code, failure.message, failure.exitCode));
    return failure.exitCode;
  }
}

/** `--color` / `--no-color` anywhere before `--` (the last one wins), and the arguments without them. */
function colorFlags(argv: string[]): { args: string[]; color?: boolean } {
  const end = argv.indexOf('--') === -1 ? argv.length : argv.indexOf('--');
  let color: boolean | undefined;
  const args = argv.filter((arg, i) => {
    if (i >= end || (arg !== '--color' && arg !== '--no-color')) return true;
    color = arg === '--color';
    return false;
  });
  return { args, color };
}

const codeNames: Partial<Record<number, string>> = {
  1: 'failed',
  2: 'usage',
  3: 'unreachable',
  4: 'provider-unreachable',
};

interface Failure {
  code: string;
  message: string;
  exitCode: ExitCode;
}

/** What a thrown error means: undefined for help and version (exit 0), else its code, message and exit code. */
async function describeFailure(
  error: unknown,
  command: Command | undefined,
  context: CliContext,
): Promise<Failure | undefined> {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    if (error.exitCode === 0) return undefined;
    return { code: error.code, message: error.message.replace(/^error: /, ''), exitCode: ExitCode.usage };
  }
  if (error instanceof CliError) {
    return { code: codeNames[error.exitCode] ?? 'error', message: error.message, exitCode: error.exitCode };
  }
  // Loaded only on failure: it needs the client's error classes.
  const { brokerFailure } = await import('./broker-failure.js');
  const failure = brokerFailure(error, command === undefined ? '' : commandPath(command));
  if (failure?.code === 'environment.not-found' && command !== undefined) {
    // Worth one more call: the broker's environments, and the nearest to the one given.
    const { suggestEnvironment } = await import('./actions/environments/suggest-environment.js');
    return { ...failure, message: failure.message + (await suggestEnvironment(context, command.opts())) };
  }
  if (failure !== undefined) return failure;
  const message = `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  return { code: 'internal', message, exitCode: ExitCode.usage };
}
