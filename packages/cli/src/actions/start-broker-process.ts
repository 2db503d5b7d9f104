import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode } from '../exit-codes.js';
import { checkPortFree } from './check-port-free.js';

const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Where the broker will listen, as given on the command line (`undefined`: the broker's default). */
export interface BrokerAddress {
  host?: string;
  port?: string;
}

/**
 * Checks that the broker's port is free (one line and exit 2 when not, before the database is touched: an
 * embedded one takes most of a minute to initialise), then
 * runs the broker's own entry point in a child process and resolves to its exit code. The CLI never imports
 * broker code (layering: cli → core, client); it only locates the installed program and forwards signals.
 * The child gets an IPC channel it watches: when this process goes, even by SIGKILL, the channel closes and
 * the broker stops, so it never outlives its command holding the port and the data directory.
 */
export async function startBrokerProcess(
  args: string[],
  address: BrokerAddress = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const main = locateBrokerMain();
  // The broker's own defaults; a port it would refuse is left for it to explain.
  const port = address.port ?? env['PORT'] ?? '3000';
  if (/^\d{1,5}$/.test(port) && Number(port) <= 65_535)
    await checkPortFree(address.host ?? '127.0.0.1', Number(port));
  const child = spawn(process.execPath, [main, ...args], {
    env,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
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
