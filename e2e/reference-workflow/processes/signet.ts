import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `signet` launcher of this repository (it runs the built CLI in `packages/cli/dist`). */
export const signetBin = fileURLToPath(new URL('../../../packages/cli/bin/signet.js', import.meta.url));

/** One finished `signet` run. */
export interface SignetRun {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

/** Where and how `signet` runs: the working directory and the `SIGNET_*` variables (broker URL, branch…). */
export interface SignetEnv {
  cwd: string;
  env: Record<string, string>;
}

/** Starts `signet <args>` as a child process, its output collected. */
export function spawnSignet(
  args: string[],
  where: SignetEnv,
): { child: ChildProcess; output: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, [signetBin, ...args], {
    cwd: where.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
      LOG_LEVEL: 'warn',
      ...where.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  return { child, output };
}

/** Runs `signet <args>` to the end. */
export async function signet(args: string[], where: SignetEnv): Promise<SignetRun> {
  const { child, output } = spawnSignet(args, where);
  const code = await exitOf(child);
  return { args, code, ...output };
}

/** The child's exit code (1 when killed by a signal). */
export function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** Waits until `read()` matches `pattern` (e.g. a "listening on" line), or fails after `ms` or when the child exits. */
export function waitForOutput(
  child: ChildProcess,
  read: () => string,
  pattern: RegExp,
  ms: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = pattern.exec(read());
      if (match !== null) {
        clearInterval(timer);
        resolve(match);
      } else if (child.exitCode !== null || Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`no ${pattern} from signet within ${ms} ms (exit ${child.exitCode}):\n${read()}`));
      }
    }, 50);
  });
}
