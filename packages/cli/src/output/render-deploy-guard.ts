import type { ReasonEffect } from '@signet/client';
import type { DeployCheck } from '../actions/deploy-guard/check-deploy.js';
import { describeReason } from './describe-reason.js';
import { paint, type Io } from './io.js';
import { shortVersion } from './short-version.js';

const marks: Record<ReasonEffect, [string, number]> = {
  ok: ['✓', 32],
  blocks: ['✗', 31],
  unknown: ['?', 33],
};
const verdictColours = { safe: 32, unsafe: 31, unknown: 33 } as const;

/**
 * The verdict, then every reason (with its errors and the operations the provider lacks). Commit SHAs are
 * shortened to 8 characters, so a line naming three versions still reads; `--json` has them in full.
 */
export function renderDeployGuard(io: Io, check: DeployCheck): string {
  const verdict = paint(io, verdictColours[check.verdict], check.verdict.toUpperCase());
  const lines = [
    `deploy ${check.service}@${shortVersion(check.version)} to ${check.environment}: ${verdict}`,
  ];
  for (const reason of check.reasons) {
    // The mark is the broker's effect: the rule of what blocks lives in core only.
    const [symbol, colour] = marks[reason.effect];
    lines.push(`  ${paint(io, colour, symbol)} ${describeReason(reason, shortVersion)}`);
    if (reason.kind !== 'incompatible') continue;
    for (const error of reason.findings.errors) {
      const missing = check.missingOperations.find(
        (m) =>
          m.request === error.operation &&
          m.consumer.version === reason.integration.consumer.version &&
          m.provider.version === reason.integration.provider.version,
      );
      lines.push(`      ${error.code}: ${error.operation ?? error.interaction}: ${error.message}`);
      if (missing !== undefined) {
        const newest =
          missing.specVersion === null
            ? 'newest spec'
            : `spec of version ${shortVersion(missing.specVersion)}`;
        const verified = `${missing.provider.service}@${shortVersion(missing.provider.version)}`;
        lines.push(
          `      missing operation ${missing.operation}: in ${missing.provider.service}'s ${newest}, ` +
            `not in the spec ${verified} was verified against`,
        );
      }
    }
    const more = reason.findings.errorCount - reason.findings.errors.length;
    if (more > 0) lines.push(`      … and ${more} more`);
  }
  return lines.join('\n') + '\n';
}
