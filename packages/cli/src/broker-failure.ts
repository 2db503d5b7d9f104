import { BrokerProblemError, BrokerUnreachableError, InvalidBrokerUrlError } from '@signet/client';
import { ExitCode } from './exit-codes.js';

/**
 * What a failed broker call means for the exit code and message: unreachable (or answering 5xx, as a broker
 * behind a proxy does when it is down) is 3; a refusal (4xx: bad input, unknown name, conflict, auth) or a
 * broker URL the client will not call is 2.
 */
export function brokerFailure(error: unknown): { exitCode: ExitCode; message: string } | undefined {
  if (error instanceof InvalidBrokerUrlError) return { exitCode: ExitCode.usage, message: error.message };
  if (error instanceof BrokerUnreachableError) {
    return { exitCode: ExitCode.unreachable, message: error.message };
  }
  if (!(error instanceof BrokerProblemError)) return undefined;
  const requestId = error.requestId === null ? '' : ` (request ${error.requestId})`;
  const issues = Array.isArray(error.problem.issues) ? issueLines(error.problem.issues) : '';
  const message = `the broker answered ${error.status} ${error.code}: ${error.detail}${requestId}${issues}`;
  return { exitCode: error.status >= 500 ? ExitCode.unreachable : ExitCode.usage, message };
}

function issueLines(issues: unknown[]): string {
  return issues
    .map((issue) => {
      const { path, message } = issue as { path?: unknown; message?: unknown };
      return `\n  ${String(path)}: ${String(message)}`;
    })
    .join('');
}
