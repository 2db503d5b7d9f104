import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The real `pact` binary of npm `@pact-foundation/pact-cli`, found the way its own launcher finds it: the
 * platform package `@pact-foundation/pact-cli-<os>-<arch>`, resolved from the wrapper package.
 */
export function pactBinary(): string {
  const require = createRequire(import.meta.url);
  const wrapper = require.resolve('@pact-foundation/pact-cli/package.json');
  const platform = `@pact-foundation/pact-cli-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const fromWrapper = createRequire(wrapper);
  const exe = process.platform === 'win32' ? 'pact.exe' : 'pact';
  return join(dirname(fromWrapper.resolve(`${platform}/package.json`)), 'standalone', exe);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pact <args>` asynchronously (the broker under test serves from this same process). */
export function runPact(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      pactBinary(),
      args,
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
