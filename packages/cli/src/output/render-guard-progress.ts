import type { DeployCheck } from '../actions/deploy-guard/check-deploy.js';
import { describeReason } from './describe-reason.js';
import { shortVersion } from './short-version.js';

/** What `--dry-run` adds: the verdict and the exit code it would have had. */
export function renderDryRun(verdict: string, exitCode: number): string {
  return `DRY RUN: the verdict is ${verdict.toUpperCase()} (exit ${exitCode} without --dry-run); exiting 0\n`;
}

/**
 * The line `--retry-while-unknown` prints before each wait: what leaves the verdict open, and when it asks
 * again.
 *
 * @example 'deploy inventory@inv2 to production: UNKNOWN: inventory@inv2 has not been verified against its spec (signet test --publish); asking again in 10 s (retry 1 of 5)'
 */
export function renderGuardWait(
  check: DeployCheck,
  retry: number,
  retries: number,
  intervalMs: number,
): string {
  const open = check.reasons.filter((reason) => reason.effect === 'unknown');
  const why =
    open.length === 0
      ? ''
      : `: ${describeReason(open[0]!, shortVersion)}${open.length > 1 ? ` (and ${open.length - 1} more)` : ''}`;
  return (
    `deploy ${check.service}@${shortVersion(check.version)} to ${check.environment}: UNKNOWN${why}; ` +
    `asking again in ${intervalMs / 1000} s (retry ${retry} of ${retries})\n`
  );
}
