import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';
import type { Schemas } from './schemas.js';

/** A webhook subscription as the broker shows it: the secret never, credential headers as `[redacted]`. */
export type Webhook = Schemas['Webhook'];

/** A new subscription; `events` and `url` are required. */
export type CreateWebhookInput = Schemas['CreateWebhookInput'];

/** A change: only the given fields; `null` clears an optional one. */
export type UpdateWebhookInput = Schemas['UpdateWebhookInput'];

/** One delivery of an event (or test ping) to a subscription. */
export type WebhookDelivery = Schemas['WebhookDelivery'];

/** One attempt in a delivery's log. */
export type WebhookAttempt = Schemas['WebhookAttempt'];

/** The request one attempt sent, as the delivery log keeps it: secrets redacted, the body's first 64 KiB. */
export type WebhookSentRequest = Schemas['WebhookSentRequest'];

export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetail'];

/**
 * `/webhooks` (admin role): subscriptions, test pings, the delivery log, redelivery.
 *
 * @example
 * ```ts
 * const { webhooks } = createClient({ baseUrl: 'http://localhost:3000', token: adminToken });
 * const hook = await webhooks.create({ events: ['verification.succeeded'], url: 'https://ci.example/hook' });
 * const ping = await webhooks.test(hook.id); // ping.state: 'delivered' | 'failed'
 * ```
 */
export function webhooksApi(http: Http) {
  return {
    create: (input: CreateWebhookInput) => http<Webhook>({ method: 'POST', path: '/webhooks', body: input }),
    list: (query: PageQuery = {}) =>
      http<Page<Webhook>>({ method: 'GET', path: '/webhooks', query: { ...query } }),
    get: (id: number) => http<Webhook>({ method: 'GET', path: path`/webhooks/${id}` }),
    update: (id: number, input: UpdateWebhookInput) =>
      http<Webhook>({ method: 'PATCH', path: path`/webhooks/${id}`, body: input }),
    delete: (id: number) => http<void>({ method: 'DELETE', path: path`/webhooks/${id}` }),
    /** Sends a `ping` now; resolves with its delivery and the attempt's outcome. */
    test: (id: number) => http<WebhookDeliveryDetail>({ method: 'POST', path: path`/webhooks/${id}/test` }),
    deliveries: (id: number, query: PageQuery = {}) =>
      http<Page<WebhookDelivery>>({
        method: 'GET',
        path: path`/webhooks/${id}/deliveries`,
        query: { ...query },
      }),
    delivery: (id: number, deliveryId: number) =>
      http<WebhookDeliveryDetail>({ method: 'GET', path: path`/webhooks/${id}/deliveries/${deliveryId}` }),
    /** Queues the delivery's event again (same event id). */
    redeliver: (id: number, deliveryId: number) =>
      http<WebhookDelivery>({
        method: 'POST',
        path: path`/webhooks/${id}/deliveries/${deliveryId}/redeliver`,
      }),
  };
}

export type WebhooksApi = ReturnType<typeof webhooksApi>;
