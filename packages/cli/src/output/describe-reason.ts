import type { Reason, VersionRef } from '@signet/client';

/**
 * One line saying what a reason means, naming the integration and versions (its effect is the broker's);
 * `version` shapes how each version is written (e.g. `shortVersion` for commit SHAs).
 */
export function describeReason(reason: Reason, version: (v: string) => string = (v) => v): string {
  const at = (ref: VersionRef) => `${ref.service}@${version(ref.version)}`;
  const pair = (r: { integration: { consumer: VersionRef; provider: VersionRef } }) =>
    `${at(r.integration.consumer)} → ${at(r.integration.provider)}`;
  switch (reason.kind) {
    case 'version-not-found':
      return `${at(reason.subject)} was never published to the broker`;
    case 'no-integrations':
      return `${at(reason.subject)} has no integrations that concern ${reason.environment}`;
    case 'compatible': {
      const via =
        reason.via === 'comparison' ? 'its contract matches the verified spec' : 'Pact verification passed';
      return `${pair(reason)}: compatible (${via})`;
    }
    case 'incompatible': {
      const errors = reason.findings.errorCount;
      return (
        `${pair(reason)}: incompatible: the contract of ${at(reason.integration.consumer)} does not match the spec ` +
        `${at(reason.integration.provider)} was verified against (${errors} error${errors === 1 ? '' : 's'})`
      );
    }
    case 'comparison-pending':
      return `${pair(reason)}: the comparison has not been computed yet`;
    case 'no-spec-verified':
      return `${pair(reason)}: ${at(reason.integration.provider)} has no successfully verified spec`;
    case 'pact-verification-failed':
      return `${pair(reason)}: the Pact verification of this contract failed`;
    case 'no-provider-deployed':
      return `${at(reason.consumer)} calls ${reason.provider}, which has no version in ${reason.environment}`;
    case 'provider-verified':
      return `${at(reason.provider)} is verified against its spec`;
    case 'not-verified':
      return `${at(reason.provider)} has not been verified against its spec (signet test --publish)`;
    case 'verification-failed':
      return `${at(reason.provider)} failed verification against its spec`;
  }
}
