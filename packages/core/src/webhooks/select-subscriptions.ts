import type { EventFacts } from './event-facts.js';
import { namesFiring } from './event-names.js';

/** The part of a subscription that decides whether it fires. */
export interface SubscriptionFilter {
  /** Signet event names (`comparison.failed`) or Pact Broker ones (`contract_published`). */
  events: readonly string[];
  /** Fires only for events about this service, as the subject, consumer or provider. */
  service?: string | null;
  /** Fires only for events of an integration with this consumer (and/or provider). */
  consumer?: string | null;
  provider?: string | null;
  enabled: boolean;
}

/**
 * The subscriptions that fire for an event of `type` with `facts` (see `eventFacts`): enabled, listing the
 * event (or a Pact name for it), and passing their service and integration filters.
 *
 * @example
 * subscriptionsFor('verification.succeeded', { provider: 'inventory', service: 'inventory' }, [
 *   { events: ['verification.succeeded'], service: 'inventory', enabled: true },
 * ]); // → that subscription
 */
export function subscriptionsFor<S extends SubscriptionFilter>(
  type: string,
  facts: EventFacts,
  subscriptions: readonly S[],
): S[] {
  const names = namesFiring(type);
  const involved = new Set(
    [facts.service, facts.consumer, facts.provider].filter((name) => name !== undefined),
  );
  return subscriptions.filter(
    (subscription) =>
      subscription.enabled &&
      subscription.events.some((event) => names.includes(event)) &&
      (subscription.service == null || involved.has(subscription.service)) &&
      (subscription.consumer == null || subscription.consumer === facts.consumer) &&
      (subscription.provider == null || subscription.provider === facts.provider),
  );
}
