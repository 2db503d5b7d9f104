import { reasonEffect, type DeploymentDecision, type Reason, type ReasonEffect } from '@signet/core';
import { pactDeployable, pactEffect } from './pact-deployable.js';

/** A matrix row as Pact clients print it. */
export interface PactMatrixRow {
  consumer: { name: string; version: { number: string } };
  provider: { name: string; version: { number: string } };
  pact: { createdAt: string | null };
  verificationResult: { success: boolean; verifiedAt: string | null } | null;
}

// A row's verification result is core's effect of its reason: ok passed, blocks failed, unknown none yet.
const outcomes: Record<ReasonEffect, boolean | null> = { ok: true, blocks: false, unknown: null };

/**
 * The deploy guard's decision in the matrix shape Pact's can-i-deploy reads: one row per integration the
 * reasons name, success from the reason's effect, `deployable` by the Pact Broker's rule, and every reason
 * in words.
 */
export function decisionToMatrix(decision: DeploymentDecision) {
  const rows: PactMatrixRow[] = [];
  let success = 0;
  let failed = 0;
  let unknown = 0;
  for (const reason of decision.reasons) {
    if (!('integration' in reason)) continue;
    const outcome = outcomes[reasonEffect(reason)];
    if (outcome === true) success += 1;
    else if (outcome === false) failed += 1;
    else unknown += 1;
    const { consumer, provider } = reason.integration;
    rows.push({
      consumer: { name: consumer.service, version: { number: consumer.version } },
      provider: { name: provider.service, version: { number: provider.version } },
      pact: { createdAt: null },
      verificationResult: outcome === null ? null : { success: outcome, verifiedAt: null },
    });
  }
  const messages = decision.reasons.map(describeReason);
  const missingVersion = decision.reasons.some((reason) => reason.kind === 'version-not-found');
  return {
    summary: {
      deployable: pactDeployable(decision.reasons.map(pactEffect), missingVersion),
      reason: messages.join('; '),
      success,
      failed,
      unknown,
    },
    notices: messages.map((text) => ({ type: decision.verdict === 'safe' ? 'success' : 'warning', text })),
    matrix: rows,
  };
}

const v = (ref: { service: string; version: string }) => `${ref.service} (${ref.version})`;

/** One reason in words. */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'version-not-found':
      return `${v(reason.subject)} does not exist`;
    case 'no-integrations':
      return `${v(reason.subject)} has no integrations in ${reason.environment}`;
    case 'compatible':
      return `${v(reason.integration.consumer)} is compatible with ${v(reason.integration.provider)} (${reason.via})`;
    case 'incompatible':
      return `${v(reason.integration.consumer)} is incompatible with ${v(reason.integration.provider)}: ${reason.findings.errors.map((e) => e.message).join(', ')}`;
    case 'comparison-pending':
      return `the comparison of ${v(reason.integration.consumer)} with ${v(reason.integration.provider)} has not run yet`;
    case 'no-spec-verified':
      return `there is no verified spec or verification result for ${v(reason.integration.consumer)} with ${v(reason.integration.provider)}`;
    case 'pact-verification-failed':
      return `the pact verification of ${v(reason.integration.consumer)} by ${v(reason.integration.provider)} failed`;
    case 'no-provider-deployed':
      return `there is no version of ${reason.provider} in ${reason.environment} for ${v(reason.consumer)}`;
    case 'provider-verified':
      return `${v(reason.provider)} is verified against its spec`;
    case 'not-verified':
      return `${v(reason.provider)} has not been verified against its spec`;
    case 'verification-failed':
      return `${v(reason.provider)} failed verification against its spec`;
  }
}
