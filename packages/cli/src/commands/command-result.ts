import type { ExitCode } from '../exit-codes.js';

/** What a command's action hands back to `run`. */
export interface CommandResult {
  exitCode: ExitCode;
}
