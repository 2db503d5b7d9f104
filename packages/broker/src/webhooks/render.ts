import type { LoggedAttempt, WebhookDelivery, WebhookSubscription } from './store/webhook-store.js';
import { redactHeaders } from './redact.js';
import { redactUrl, redactUrlsIn } from './redact-url.js';
import type { WebhookSettings } from './settings.js';

/** A subscription as the API shows it: the secret never, credential headers and URL credentials redacted. */
export const renderSubscription = (subscription: WebhookSubscription) => ({
  id: subscription.id,
  description: subscription.description,
  events: subscription.events,
  service: subscription.service,
  consumer: subscription.consumer,
  provider: subscription.provider,
  method: subscription.method,
  url: redactUrl(subscription.url),
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

/**
 * An attempt as the API shows it. Its texts were redacted of the subscription's secrets when recorded; URLs
 * in them (a redirect's location, an error naming the URL) are redacted again here, for rows kept from before.
 */
export const renderAttempt = (attempt: LoggedAttempt) => ({
  attempt: attempt.attempt,
  startedAt: attempt.startedAt,
  latencyMs: attempt.latencyMs,
  succeeded: attempt.succeeded,
  responseStatus: attempt.responseStatus,
  responseBody: attempt.responseBody === null ? null : redactUrlsIn(attempt.responseBody),
  error: attempt.error === null ? null : redactUrlsIn(attempt.error),
  request: attempt.request === null ? null : { ...attempt.request, url: redactUrl(attempt.request.url) },
});

/** A delivery with its attempt log. */
export const renderDeliveryDetail =
  (settings: WebhookSettings) => (delivery: WebhookDelivery & { log: LoggedAttempt[] }) => ({
    ...renderDelivery(settings)(delivery),
    log: delivery.log.map(renderAttempt),
  });
