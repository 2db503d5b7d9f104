import type { Reason } from '@signet/client';

/** What a reason does to the verdict (the broker's rule, mirrored for display): blocks, leaves it unknown, or ok. */
export type ReasonEffect = 'ok' | 'blocks' | 'unknown';

const effects: Record<Reason['kind'], ReasonEffect> = {
  'version-not-found': 'blocks',
  'no-integrations': 'ok',
  compatible: 'ok',
  incompatible: 'blocks',
  'comparison-pending': 'unknown',
  'no-spec-verified': 'unknown',
  'pact-verification-failed': 'blocks',
  'no-provider-deployed': 'blocks',
  'provider-verified': 'ok',
  'not-verified': 'unknown',
  'verification-failed': 'blocks',
};

export function reasonEffect(reason: Reason): ReasonEffect {
  return effects[reason.kind] ?? 'unknown';
}
