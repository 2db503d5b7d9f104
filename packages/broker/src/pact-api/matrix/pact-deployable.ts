import { reasonEffect, type Reason, type ReasonEffect } from '@signet/core';

/**
 * Pact Broker's `summary.deployable` rule, which is not core's verdict: a named version that does not exist
 * is `false`; otherwise any result still unknown makes it `null`, even when another one failed (the
 * Pact Broker's "unknown" outranks "failed", so the CLI says the answer cannot be given yet); else `false`
 * when any failed and `true` when all passed.
 */
export function pactDeployable(effects: Iterable<ReasonEffect>, missingVersion: boolean): boolean | null {
  if (missingVersion) return false;
  const seen = new Set(effects);
  if (seen.has('unknown')) return null;
  return !seen.has('blocks');
}

/**
 * The effects of a deploy-guard decision as the Pact Broker counts them: a provider with no version in the
 * environment is a required integration without a row, which it answers with unknown, not failed.
 */
export function pactEffect(reason: Reason): ReasonEffect {
  return reason.kind === 'no-provider-deployed' ? 'unknown' : reasonEffect(reason);
}
