import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Output captured in memory, no colours. */
export function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    color: false,
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

/** A scratch working directory outside any git repository (so nothing defaults from git unless a test says so). */
export async function scratchDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'signet-cli-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs `signet <argv>` in-process in `cwd` with exactly `env` as its environment. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  const io = captureIo();
  const code = await run(argv, io, { cwd, env });
  return { code, stdout: io.stdout, stderr: io.stderr };
}
