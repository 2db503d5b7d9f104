import type { Reason, VersionRef } from '@signet/client';

const at = (ref: VersionRef) => `${ref.service}@${ref.version}`;

/** How a reason bears on the verdict, as the deploy guard weighs it. */
export type ReasonMark = 'ok' | 'blocks' | 'unknown';

/** One line saying what a reason means, naming the integration and versions, and its mark. */
export function describeReason(reason: Reason): { mark: ReasonMark; text: string } {
  switch (reason.kind) {
    case 'version-not-found':
      return { mark: 'blocks', text: `${at(reason.subject)} was never published to the broker` };
    case 'no-integrations':
      return {
        mark: 'ok',
        text: `${at(reason.subject)} has no integrations that concern ${reason.environment}`,
      };
    case 'compatible': {
      const via =
        reason.via === 'comparison' ? 'its contract matches the verified spec' : 'Pact verification passed';
      return { mark: 'ok', text: `${pair(reason)}: compatible (${via})` };
    }
    case 'incompatible': {
      const errors = reason.findings.errorCount;
      return {
        mark: 'blocks',
        text:
          `${pair(reason)}: incompatible: the contract of ${at(reason.integration.consumer)} does not match the spec ` +
          `${at(reason.integration.provider)} was verified against (${errors} error${errors === 1 ? '' : 's'})`,
      };
    }
    case 'comparison-pending':
      return { mark: 'unknown', text: `${pair(reason)}: the comparison has not been computed yet` };
    case 'no-spec-verified':
      return {
        mark: 'unknown',
        text: `${pair(reason)}: ${at(reason.integration.provider)} has no successfully verified spec`,
      };
    case 'pact-verification-failed':
      return { mark: 'blocks', text: `${pair(reason)}: the Pact verification of this contract failed` };
    case 'no-provider-deployed':
      return {
        mark: 'blocks',
        text: `${at(reason.consumer)} calls ${reason.provider}, which has no version in ${reason.environment}`,
      };
    case 'provider-verified':
      return { mark: 'ok', text: `${at(reason.provider)} is verified against its spec` };
    case 'not-verified':
      return {
        mark: 'unknown',
        text: `${at(reason.provider)} has not been verified against its spec (signet test --publish)`,
      };
    case 'verification-failed':
      return { mark: 'blocks', text: `${at(reason.provider)} failed verification against its spec` };
  }
}

function pair(reason: { integration: { consumer: VersionRef; provider: VersionRef } }): string {
  return `${at(reason.integration.consumer)} → ${at(reason.integration.provider)}`;
}
