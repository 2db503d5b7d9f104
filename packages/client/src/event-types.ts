import type { Schemas } from './schemas.js';

/**
 * The events a webhook subscription can listen to (the broker's names; its Pact API also accepts Pact Broker's).
 * Mirrors `@signet/core`'s list, which the client may not import; the compiler checks each name against the
 * broker's OpenAPI document.
 */
export const webhookEventNames = [
  'spec.published',
  'contract.published',
  'contract.content_changed',
  'comparison.succeeded',
  'comparison.failed',
  'verification.succeeded',
  'verification.failed',
  'deployment.recorded',
] as const satisfies readonly Schemas['WebhookEventName'][];

/** Every event type the timeline records: the webhook events and the other changes. */
export const timelineEventTypes = [
  ...webhookEventNames,
  'deployment.ended',
  'release.recorded',
  'release.ended',
  'environment.created',
] as const;
