import type { Reason } from '@signet/client';
import type { DeployCheck } from '../../actions/deploy-guard/check-deploy.js';
import { describeReason } from '../describe-reason.js';
import type { CiCase, CiProblem, CiReport } from './ci-report.js';

/**
 * A deploy-guard answer as a CI report: one case per reason (a requirement of the deployment), failed when the
 * reason blocks it or leaves it unknown, as the guard's exit code does; an incompatible contract's errors are
 * its problems. The guard works on what the broker stores, so problems carry no file.
 */
export function deployGuardReport(check: DeployCheck): CiReport {
  const subject = `${check.service}@${check.version}`;
  return {
    command: 'signet deploy-guard',
    title: `deploy ${subject} to ${check.environment}`,
    passed: check.verdict === 'safe',
    summary: check.verdict,
    cases: check.reasons.map((reason) => reasonCase(subject, reason, check)),
  };
}

function reasonCase(subject: string, reason: Reason, check: DeployCheck): CiCase {
  const description = describeReason(reason);
  const problems: CiProblem[] = [];
  if (reason.effect !== 'ok') {
    const level = reason.effect === 'blocks' ? 'error' : 'warning';
    problems.push({ level, code: reason.kind, message: description });
  }
  if (reason.kind === 'incompatible') {
    for (const error of reason.findings.errors) {
      const missing = check.missingOperations.find(
        (m) =>
          m.request === error.operation &&
          m.consumer.version === reason.integration.consumer.version &&
          m.provider.version === reason.integration.provider.version,
      );
      problems.push({
        level: 'error',
        code: error.code,
        message: `${error.operation ?? error.interaction}: ${error.message}`,
        ...(missing
          ? { detail: `missing operation ${missing.operation} in ${missing.provider.service}'s newest spec` }
          : {}),
      });
    }
    const more = reason.findings.errorCount - reason.findings.errors.length;
    if (more > 0) problems.push({ level: 'error', code: 'more-errors', message: `… and ${more} more` });
  }
  return { group: subject, name: description, failed: reason.effect !== 'ok', problems };
}
