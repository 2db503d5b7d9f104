/** Where the CLI runs: injectable so tests can drive it with their own environment and working directory. */
export interface CliContext {
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The real process's environment and working directory. */
export function processContext(): CliContext {
  return { env: process.env, cwd: process.cwd() };
}
