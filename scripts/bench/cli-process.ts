/** Times a command-line tool as a user runs it: spawn to exit, whatever its verdict (exit code). */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Wall time in ms from spawn to exit of `command args`, which must print something on stdout (its findings)
 * and exit with a verdict (0 or 1), not crash; killed after `timeoutMs`.
 */
export function timeProcess(command: string, args: string[], timeoutMs = 600_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let printed = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      if ((code !== 0 && code !== 1) || printed === 0)
        return reject(
          new Error(`${command} ${args.join(' ')} exited ${code ?? signal}:\n${stderr.slice(-2000)}`),
        );
      resolve(wallMs);
    });
  });
}
