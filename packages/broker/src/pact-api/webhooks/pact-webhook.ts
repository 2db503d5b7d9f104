import { z } from 'zod';
import type { WebhookSubscription } from '../../webhooks/store/subscription-store.js';
import {
  createSubscriptionInput,
  redactHeaders,
  redactUrl,
  updateSubscriptionInput,
} from '../../webhooks/index.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import type { Hal } from '../hal/hal.js';
import { pacticipantPath } from '../hal/paths.js';

const party = z.object({ name: z.string() }).nullish();

/** A webhook in Pact Broker's shape. */
const pactWebhook = z.object({
  description: z.string().nullish(),
  consumer: party,
  provider: party,
  events: z.array(z.object({ name: z.string() })).min(1),
  request: z.object({
    method: z.string().default('POST'),
    url: z.string(),
    headers: z.record(z.string(), z.string()).nullish(),
    body: z.unknown().optional(),
  }),
  enabled: z.boolean().optional(),
});

/** The Pact webhook as a Signet subscription's fields (Pact event names are Signet aliases). */
function fields(value: unknown) {
  const webhook = parsePactBody(pactWebhook, value);
  const { body } = webhook.request;
  return {
    description: webhook.description ?? null,
    consumer: webhook.consumer?.name ?? null,
    provider: webhook.provider?.name ?? null,
    events: webhook.events.map((event) => event.name),
    method: webhook.request.method,
    url: webhook.request.url,
    headers: webhook.request.headers ?? {},
    body: body === undefined || body === null ? null : typeof body === 'string' ? body : JSON.stringify(body),
    enabled: webhook.enabled ?? true,
  };
}

/** A Pact webhook body, read into a new subscription's input (400 with field errors when invalid). */
export const readNewWebhook = (value: unknown) => parsePactBody(createSubscriptionInput, fields(value));

/** A Pact webhook body (the whole webhook, as `PUT` sends it), read into an update. */
export const readWebhookUpdate = (value: unknown) => parsePactBody(updateSubscriptionInput, fields(value));

/** A subscription as Pact clients read a webhook: credential headers and URL credentials redacted, as in `/api/v1`. */
export function pactWebhookResource(hal: Hal, subscription: WebhookSubscription) {
  const self = `/webhooks/${encodeURIComponent(subscription.uuid)}`;
  const named = (name: string | null) =>
    name === null ? undefined : { name, _links: { self: hal.link(pacticipantPath(name)) } };
  return {
    uuid: subscription.uuid,
    description: subscription.description,
    ...(named(subscription.consumer) && { consumer: named(subscription.consumer) }),
    ...(named(subscription.provider) && { provider: named(subscription.provider) }),
    events: subscription.events.map((name) => ({ name })),
    request: {
      method: subscription.method,
      url: redactUrl(subscription.url),
      headers: redactHeaders(subscription.headers),
      body: parsedBody(subscription.body),
    },
    enabled: subscription.enabled,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
    _links: {
      self: hal.link(self, { title: subscription.description ?? 'Webhook' }),
      'pb:execute': hal.link(`${self}/execute`, { title: 'Test the execution of the webhook' }),
      'pb:webhooks': hal.link('/webhooks', { title: 'All webhooks' }),
    },
  };
}

function parsedBody(body: string | null): unknown {
  if (body === null) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
