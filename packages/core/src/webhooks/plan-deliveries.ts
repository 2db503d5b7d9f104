import { namesFiring } from './event-names.js';
import type { RequiredVerification } from './required-verifications.js';

/** What an event's Pact names fire on, beyond its type: looked up by the broker when the event is recorded. */
export interface PactTriggers {
  /**
   * For `contract.published`: the pact is new, or its content differs from the previous consumer version's pact
   * (with each of the version's tags, or untagged) — Pact Broker's rule for `contract_content_changed`.
   */
  contentChanged: boolean;
  /** The provider versions that have not verified this content (see `requiredVerifications`). */
  requiredVerifications: readonly RequiredVerification[];
  /**
   * The event is the same content published again through the Pact API: only Pact's `contract_published` and
   * `contract_requiring_verification_published` fire (Pact Broker's create_pact_revision with an unchanged
   * sha); Signet's own `contract.published` and `contract_content_changed` do not.
   */
  republished?: boolean;
}

/** One delivery to queue: the name it fires as (null: the Signet event's own) and per-delivery variables. */
export interface PlannedDelivery<S> {
  subscription: S;
  eventName: string | null;
  /** `${pactbroker.*}` values of this delivery (the required provider version's number, branch, descriptions). */
  context: Readonly<Record<string, string>>;
}

const contentChanged = 'contract_content_changed';
const requiring = 'contract_requiring_verification_published';

/** Which of `triggers` the subscriptions need looked up for an event of `type` (the lookups cost queries). */
export function triggersNeeded(
  type: string,
  subscriptions: readonly { events: readonly string[] }[],
): { contentChanged: boolean; requiredVerifications: boolean } {
  const listed = (name: string) => subscriptions.some((subscription) => subscription.events.includes(name));
  return {
    contentChanged: type === 'contract.published' && listed(contentChanged),
    requiredVerifications: type.startsWith('contract.') && listed(requiring),
  };
}

/**
 * The deliveries an event of `type` queues for subscriptions that fire for it (see `subscriptionsFor`), as
 * Pact Broker triggers webhooks: one per event name a subscription lists (a webhook listing
 * `contract_published` and `contract_content_changed` fires twice for a publication that changes content),
 * `contract_content_changed` only when the content changed, and `contract_requiring_verification_published`
 * once per required provider version (none when every one has verified the content).
 *
 * @example
 * planDeliveries('verification.failed', [{ events: ['provider_verification_published', 'provider_verification_failed'] }], noTriggers)
 * // → two deliveries, eventName 'provider_verification_published' and 'provider_verification_failed'
 */
export function planDeliveries<S extends { events: readonly string[] }>(
  type: string,
  fired: readonly S[],
  triggers: PactTriggers,
): PlannedDelivery<S>[] {
  const names = namesFiring(type);
  return fired.flatMap((subscription) =>
    [...new Set(subscription.events)]
      .filter((name) => names.includes(name))
      .flatMap((name): PlannedDelivery<S>[] => {
        if (name === type)
          return triggers.republished === true ? [] : [{ subscription, eventName: null, context: {} }];
        if (
          name === contentChanged &&
          type === 'contract.published' &&
          (!triggers.contentChanged || triggers.republished === true)
        )
          return [];
        if (name === requiring)
          return triggers.requiredVerifications.map((required) => ({
            subscription,
            eventName: name,
            context: {
              providerVersionNumber: required.providerVersion,
              providerVersionBranch: required.providerBranch,
              providerVersionDescriptions: required.descriptions.join(', '),
            },
          }));
        return [{ subscription, eventName: name, context: {} }];
      }),
  );
}

/** Triggers that fire nothing conditional (events other than contract publications). */
export const noPactTriggers: PactTriggers = { contentChanged: false, requiredVerifications: [] };
