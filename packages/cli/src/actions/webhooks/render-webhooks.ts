import type { Webhook, WebhookDelivery, WebhookDeliveryDetail } from '@signet/client';
import { renderTable } from '../../output/render-table.js';

/** One line per subscription. */
export function renderWebhooks(webhooks: Webhook[]): string {
  const rows = webhooks.map((hook) => [
    String(hook.id),
    hook.events.join(','),
    [hook.service, hook.consumer && `consumer=${hook.consumer}`, hook.provider && `provider=${hook.provider}`]
      .filter(Boolean)
      .join(' '),
    `${hook.method} ${hook.url}`,
    hook.enabled ? 'enabled' : 'disabled',
  ]);
  return renderTable(['ID', 'EVENTS', 'FILTER', 'REQUEST', 'STATE'], rows);
}

/** One line per delivery, newest first. */
export function renderDeliveries(deliveries: WebhookDelivery[]): string {
  const rows = deliveries.map((delivery) => [
    String(delivery.id),
    delivery.eventType,
    delivery.state,
    `${delivery.attempts}/${delivery.maxAttempts}`,
    delivery.createdAt,
    delivery.eventId,
  ]);
  return renderTable(['ID', 'EVENT', 'STATE', 'ATTEMPTS', 'CREATED', 'EVENT ID'], rows);
}

/** A delivery and each attempt: when, how long, and what came back. */
export function renderDeliveryDetail(delivery: WebhookDeliveryDetail): string {
  const head = `delivery ${delivery.id} of ${delivery.eventType} (event ${delivery.eventId}): ${delivery.state}\n`;
  const rows = delivery.log.map((attempt) => [
    String(attempt.attempt),
    attempt.startedAt,
    `${attempt.latencyMs} ms`,
    attempt.succeeded ? 'ok' : 'failed',
    attempt.responseStatus === null ? '' : String(attempt.responseStatus),
    attempt.error ?? '',
  ]);
  return head + renderTable(['ATTEMPT', 'STARTED', 'LATENCY', 'RESULT', 'STATUS', 'ERROR'], rows);
}
