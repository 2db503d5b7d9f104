/** Runs a benchmark runner in its own process (so memory and JIT state never leak between rounds). */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface ChildResult<T> {
  /** The last JSON line the child printed. */
  result: T;
  /** Wall time from spawn to exit, including process start-up. */
  wallMs: number;
}

export function runChild<T>(command: string, args: string[], timeoutMs = 600_000): Promise<ChildResult<T>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0)
        return reject(new Error(`${args.join(' ')} exited ${code ?? signal}:\n${stderr.slice(-2000)}`));
      try {
        resolve({ result: JSON.parse(last) as T, wallMs });
      } catch {
        reject(
          new Error(
            `${args.join(' ')} printed no JSON result:\n${stdout.slice(-1000)}\n${stderr.slice(-1000)}`,
          ),
        );
      }
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
