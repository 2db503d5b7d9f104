import { createHttp, path, type ClientOptions, type HttpRequest } from './http.js';
import type { Page, PageQuery } from './page.js';

/** A webhook subscription as the broker shows it: the secret never, credential headers as `[redacted]`. */
export interface Webhook {
  id: number;
  description: string | null;
  events: string[];
  service: string | null;
  consumer: string | null;
  provider: string | null;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  hasSecret: boolean;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A new subscription; `events` and `url` are required. */
export interface CreateWebhookInput {
  events: string[];
  url: string;
  description?: string | null;
  service?: string | null;
  consumer?: string | null;
  provider?: string | null;
  method?: string;
  headers?: Record<string, string>;
  /** A template (text) or a JSON object. */
  body?: string | Record<string, unknown> | null;
  secret?: string | null;
  enabled?: boolean;
}

/** A change: only the given fields; `null` clears an optional one. */
export type UpdateWebhookInput = Partial<CreateWebhookInput>;

/** One delivery of an event (or test ping) to a subscription. */
export interface WebhookDelivery {
  id: number;
  /** The `Signet-Event-Id` header: the same on every attempt and redelivery. */
  eventId: string;
  eventType: string;
  kind: 'event' | 'ping' | 'redelivery';
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** One attempt in a delivery's log. */
export interface WebhookAttempt {
  attempt: number;
  startedAt: string;
  latencyMs: number;
  succeeded: boolean;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
}

export interface WebhookDeliveryDetail extends WebhookDelivery {
  log: WebhookAttempt[];
}

/**
 * `/webhooks` (admin role): subscriptions, test pings, the delivery log, redelivery.
 *
 * @example
 * ```ts
 * const webhooks = webhooksApi({ baseUrl: 'http://localhost:3000', token: adminToken });
 * const hook = await webhooks.create({ events: ['verification.succeeded'], url: 'https://ci.example/hook' });
 * const ping = await webhooks.test(hook.id); // ping.state: 'delivered' | 'failed'
 * ```
 */
export function webhooksApi(options: ClientOptions) {
  const http = createHttp(options);
  return {
    create: (input: CreateWebhookInput) => http<Webhook>({ method: 'POST', path: '/webhooks', body: input }),
    list: (query: PageQuery = {}) =>
      http<Page<Webhook>>({ method: 'GET', path: '/webhooks', query: { ...query } }),
    get: (id: number) => http<Webhook>({ method: 'GET', path: path`/webhooks/${id}` }),
    // The shared request type lists no PATCH yet; fetch sends any method.
    update: (id: number, input: UpdateWebhookInput) =>
      http<Webhook>({ method: 'PATCH', path: path`/webhooks/${id}`, body: input } as unknown as HttpRequest),
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
