import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode } from '../exit-codes.js';

const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the broker's own entry point in a child process and resolves to its exit code. The CLI never imports
 * broker code (layering: cli → core, client); it only locates the installed program and forwards signals.
 * The child gets an IPC channel it watches: when this process goes, even by SIGKILL, the channel closes and
 * the broker stops, so it never outlives its command holding the port and the data directory.
 */
export async function startBrokerProcess(args: string[]): Promise<ExitCode> {
  const main = locateBrokerMain();
  const child = spawn(process.execPath, [main, ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const handlers = forwarded.map((signal) => [signal, () => child.kill(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  try {
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? ExitCode.ok : ExitCode.failed)));
    });
    return code === 0 ? ExitCode.ok : code === 2 ? ExitCode.usage : ExitCode.failed;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
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
