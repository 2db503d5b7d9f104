/** @signet/cli — the `signet` command line; `run` is exported so tests and tools can drive it in-process. */
export { run } from './main.js';
export { ExitCode, CliError } from './exit-codes.js';
export type { Io } from './output/io.js';
