/** Signet's webhook events: every one is recorded in the transaction of the change that caused it. */
export const webhookEvents = [
  'spec.published',
  'contract.published',
  'contract.content_changed',
  'comparison.succeeded',
  'comparison.failed',
  'verification.succeeded',
  'verification.failed',
  'deployment.recorded',
] as const;

export type WebhookEventName = (typeof webhookEvents)[number];

/**
 * Pact Broker's event names, and the Signet events each one stands for, so a subscription made through the
 * Pact API (`contract_published`, …) fires on the same changes.
 */
export const pactEventAliases: Readonly<Record<string, readonly WebhookEventName[]>> = {
  contract_published: ['contract.published', 'contract.content_changed'],
  // A first publication fires it too when its content differs from the previous version's (see planDeliveries).
  contract_content_changed: ['contract.published', 'contract.content_changed'],
  contract_requiring_verification_published: ['contract.published', 'contract.content_changed'],
  provider_verification_published: ['verification.succeeded', 'verification.failed'],
  provider_verification_succeeded: ['verification.succeeded'],
  provider_verification_failed: ['verification.failed'],
};

/** True for a name a subscription may list: a Signet event or a Pact Broker event. */
export function isKnownEventName(name: string): boolean {
  return (webhookEvents as readonly string[]).includes(name) || name in pactEventAliases;
}

/** Every name a subscription could list to receive an event of `type` (the type itself and its Pact aliases). */
export function namesFiring(type: string): string[] {
  const pact = Object.entries(pactEventAliases)
    .filter(([, signet]) => (signet as readonly string[]).includes(type))
    .map(([name]) => name);
  return [type, ...pact];
}

/** The Pact Broker name of a Signet event, for `${pactbroker.eventName}` (the Signet name when Pact has none). */
export function pactEventName(type: string): string {
  const names: Record<string, string> = {
    'contract.published': 'contract_published',
    'contract.content_changed': 'contract_content_changed',
    'verification.succeeded': 'provider_verification_succeeded',
    'verification.failed': 'provider_verification_failed',
  };
  return names[type] ?? type;
}
