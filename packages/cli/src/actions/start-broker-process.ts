import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode } from '../exit-codes.js';

/**
 * Runs the broker's own entry point in a child process and resolves to its exit code. The CLI never imports
 * broker code (layering: cli → core, client); it only locates the installed program and forwards signals.
 */
export async function startBrokerProcess(args: string[]): Promise<ExitCode> {
  const main = locateBrokerMain();
  const child = spawn(process.execPath, [main, ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? ExitCode.ok : ExitCode.failed)));
    });
    return code === 0 ? ExitCode.ok : code === 2 ? ExitCode.usage : ExitCode.failed;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}

function locateBrokerMain(): string {
  try {
    return fileURLToPath(import.meta.resolve('@signet/broker/main'));
  } catch {
    throw new CliError(
      'the broker is not installed here: install @signet/broker (npm install) to run `signet broker`',
    );
  }
}
