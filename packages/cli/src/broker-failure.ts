import { BrokerProblemError, BrokerUnreachableError, InvalidBrokerUrlError } from '@signet/client';
import { ExitCode } from './exit-codes.js';
import { flagFor } from './field-flags.js';

/** A failed broker call as the CLI reports it. */
export interface BrokerFailure {
  exitCode: ExitCode;
  /** The broker's problem code, or `broker.unreachable` / `broker.url-invalid`. */
  code: string;
  message: string;
}

/**
 * What a failed broker call means for the exit code and message: unreachable (or answering 5xx, as a broker
 * behind a proxy does when it is down) is 3; a refusal (4xx: bad input, unknown name, conflict, auth) or a
 * broker URL the client will not call is 2. `command` (e.g. `webhook create`) lets validation issues name the
 * flags that set the fields instead of the API's field paths.
 */
export function brokerFailure(error: unknown, command = ''): BrokerFailure | undefined {
  if (error instanceof InvalidBrokerUrlError)
    return { exitCode: ExitCode.usage, code: 'broker.url-invalid', message: error.message };
  if (error instanceof BrokerUnreachableError) {
    return { exitCode: ExitCode.unreachable, code: 'broker.unreachable', message: error.message };
  }
  if (!(error instanceof BrokerProblemError)) return undefined;
  const requestId = error.requestId === null ? '' : ` (request ${error.requestId})`;
  const issues = Array.isArray(error.problem.issues) ? issueLines(error.problem.issues, command) : '';
  // With issues, the detail only repeats them in the API's field paths: the title and the issues say it.
  const summary = issues === '' ? error.detail : error.title;
  const message =
    `the broker answered ${error.status} ${error.code}: ${summary}${requestId}${issues}` + hint(error.status);
  return { exitCode: error.status >= 500 ? ExitCode.unreachable : ExitCode.usage, code: error.code, message };
}

/** What to do about an authentication failure, the one refusal with the same fix everywhere. */
function hint(status: number): string {
  return status === 401 ? '\n  pass --token <token> or set SIGNET_TOKEN (or token: in .signetrc.yaml)' : '';
}

function issueLines(issues: unknown[], command: string): string {
  return issues
    .map((issue) => {
      const { path, message } = issue as { path?: unknown; message?: unknown };
      const where = typeof path === 'string' ? (flagFor(command, path) ?? path) : String(path);
      return `\n  ${where}: ${String(message)}`;
    })
    .join('');
}
