/** Exit codes are a contract with CI pipelines (SPEC §7). */
export const ExitCode = {
  /** Success; compatible; safe to deploy. */
  ok: 0,
  /** The check ran and failed: incompatible, unsafe, verification failed. */
  failed: 1,
  /** Usage or input error: bad flags, unreadable or invalid files. */
  usage: 2,
  /** The broker could not be reached (or answered 5xx). */
  unreachable: 3,
  /** `signet test`: nothing answered at the provider URL (connection refused, unknown host). */
  providerUnreachable: 4,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the CLI reports as a message (no stack) with a chosen exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
