import type { LoggedAttempt, WebhookDelivery, WebhookSubscription } from '../store/webhooks.js';
import { redactHeaders } from './redact.js';
import type { WebhookSettings } from './settings.js';

/** A subscription as the API shows it: the secret never, credential headers redacted. */
export const renderSubscription = (subscription: WebhookSubscription) => ({
  id: subscription.id,
  description: subscription.description,
  events: subscription.events,
  service: subscription.service,
  consumer: subscription.consumer,
  provider: subscription.provider,
  method: subscription.method,
  url: subscription.url,
  headers: redactHeaders(subscription.headers),
  body: subscription.body,
  hasSecret: subscription.secret !== null,
  enabled: subscription.enabled,
  createdAt: subscription.createdAt,
  updatedAt: subscription.updatedAt,
});

/** A delivery; `maxAttempts` resolved against the schedule this process runs. */
export const renderDelivery = (settings: WebhookSettings) => (delivery: WebhookDelivery) => ({
  id: delivery.id,
  eventId: delivery.eventUid,
  eventType: delivery.eventType,
  kind: delivery.kind,
  state: delivery.state,
  attempts: delivery.attempts,
  maxAttempts: delivery.maxAttempts ?? settings.schedule.maxAttempts,
  nextAttemptAt: delivery.nextAttemptAt,
  createdAt: delivery.createdAt,
  finishedAt: delivery.finishedAt,
});

export const renderAttempt = (attempt: LoggedAttempt) => ({
  attempt: attempt.attempt,
  startedAt: attempt.startedAt,
  latencyMs: attempt.latencyMs,
  succeeded: attempt.succeeded,
  responseStatus: attempt.responseStatus,
  responseBody: attempt.responseBody,
  error: attempt.error,
});

/** A delivery with its attempt log. */
export const renderDeliveryDetail =
  (settings: WebhookSettings) => (delivery: WebhookDelivery & { log: LoggedAttempt[] }) => ({
    ...renderDelivery(settings)(delivery),
    log: delivery.log.map(renderAttempt),
  });
