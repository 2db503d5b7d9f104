import { reasonEffect, type DeploymentDecision, type Reason, type ReasonEffect } from '@signet/core';
import { isIgnored } from './ignored.js';
import type { IgnoreSelector } from './matrix-query.js';
import { pactDeployable, pactEffect } from './pact-deployable.js';

/** A matrix row as Pact clients print it. */
export interface PactMatrixRow {
  consumer: { name: string; version: { number: string } };
  provider: { name: string; version: { number: string } };
  pact: { createdAt: string | null };
  verificationResult: { success: boolean; verifiedAt: string | null } | null;
  /** Set when `--ignore` covers a side: the row is shown but does not count. */
  ignored?: true;
}

// A row's verification result is core's effect of its reason: ok passed, blocks failed, unknown none yet.
const outcomes: Record<ReasonEffect, boolean | null> = { ok: true, blocks: false, unknown: null };

/**
 * The deploy guard's decision in the matrix shape Pact's can-i-deploy reads: one row per integration the
 * reasons name, success from the reason's effect, `deployable` by the Pact Broker's rule, and every reason
 * in words. Reasons `ignore` covers stay in the rows and words, marked, and neither block nor count.
 */
export function decisionToMatrix(decision: DeploymentDecision, ignore: IgnoreSelector[] = []) {
  const rows: PactMatrixRow[] = [];
  const counts = { success: 0, failed: 0, unknown: 0, ignored: 0 };
  const considered: Reason[] = [];
  const messages: string[] = [];
  for (const reason of decision.reasons) {
    const ignored = ignores(ignore, reason);
    messages.push(ignored ? `Ignoring: ${describeReason(reason)}` : describeReason(reason));
    if (!ignored) considered.push(reason);
    if (!('integration' in reason)) continue;
    const outcome = outcomes[reasonEffect(reason)];
    if (ignored) counts.ignored += 1;
    else if (outcome === true) counts.success += 1;
    else if (outcome === false) counts.failed += 1;
    else counts.unknown += 1;
    const { consumer, provider } = reason.integration;
    rows.push({
      consumer: { name: consumer.service, version: { number: consumer.version } },
      provider: { name: provider.service, version: { number: provider.version } },
      pact: { createdAt: null },
      verificationResult: outcome === null ? null : { success: outcome, verifiedAt: null },
      ...(ignored ? { ignored: true as const } : {}),
    });
  }
  const missingVersion = considered.some((reason) => reason.kind === 'version-not-found');
  const deployable = pactDeployable(considered.map(pactEffect), missingVersion);
  const { ignored, ...counted } = counts;
  return {
    // Like the Pact Broker, `ignored` is only there when something was.
    summary: { deployable, reason: messages.join('; '), ...counted, ...(ignored > 0 ? { ignored } : {}) },
    notices: messages.map((text) => ({ type: deployable === true ? 'success' : 'warning', text })),
    matrix: rows,
  };
}

/** Whether `--ignore` covers the reason: an integration with an ignored side, or an ignored missing provider. */
function ignores(ignore: IgnoreSelector[], reason: Reason): boolean {
  if ('integration' in reason) {
    const { consumer, provider } = reason.integration;
    return (
      isIgnored(ignore, consumer.service, consumer.version) ||
      isIgnored(ignore, provider.service, provider.version)
    );
  }
  return reason.kind === 'no-provider-deployed' && isIgnored(ignore, reason.provider, null);
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
