import { webhookEvents, pactEventAliases } from '@signet/core';
import { maxPageSize } from '../store/index.js';
import { op, page, path } from './operation.js';

/** Webhook subscriptions and their delivery log (admin). Schemas are inline: only these operations use them. */

const string = { type: 'string' };
const nullableString = { type: ['string', 'null'] };
const dateTime = { type: 'string', format: 'date-time' };
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' };
const integer = { type: 'integer' };
const eventName = { enum: [...webhookEvents, ...Object.keys(pactEventAliases)] };
const headers = { type: 'object', additionalProperties: string };

function object(properties: Record<string, unknown>) {
  return { type: 'object', properties, required: Object.keys(properties) };
}
const pageOf = (item: object) =>
  object({ items: { type: 'array', maxItems: maxPageSize, items: item }, nextCursor: nullableString });

const webhook = object({
  id: integer,
  description: nullableString,
  events: { type: 'array', items: eventName },
  service: nullableString,
  consumer: nullableString,
  provider: nullableString,
  method: { enum: ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'] },
  url: string,
  headers: {
    ...headers,
    description: 'Credential headers (Authorization, tokens, keys) show as "[redacted]".',
  },
  body: { ...nullableString, description: 'Body template; null sends the default JSON body.' },
  hasSecret: { type: 'boolean', description: 'The secret itself is never shown.' },
  enabled: { type: 'boolean' },
  createdAt: dateTime,
  updatedAt: dateTime,
});
const deliveryProperties = {
  id: integer,
  eventId: {
    type: 'string',
    description: 'The Signet-Event-Id header: the same on every attempt and redelivery.',
  },
  eventType: string,
  kind: { enum: ['event', 'ping', 'redelivery'] },
  state: { enum: ['pending', 'delivered', 'failed'] },
  attempts: integer,
  maxAttempts: integer,
  nextAttemptAt: nullableDateTime,
  createdAt: dateTime,
  finishedAt: nullableDateTime,
};
const delivery = object(deliveryProperties);
const attempt = object({
  attempt: integer,
  startedAt: dateTime,
  latencyMs: integer,
  succeeded: { type: 'boolean' },
  responseStatus: { type: ['integer', 'null'] },
  responseBody: { ...nullableString, description: 'The first 4 KiB, secrets redacted.' },
  error: nullableString,
});
const deliveryDetail = object({ ...deliveryProperties, log: { type: 'array', items: attempt } });

const fields = {
  description: nullableString,
  events: { type: 'array', minItems: 1, items: eventName },
  service: {
    ...nullableString,
    description: 'Only events about this service (as subject, consumer or provider).',
  },
  consumer: { ...nullableString, description: 'Only events of integrations with this consumer.' },
  provider: { ...nullableString, description: 'Only events of integrations with this provider.' },
  method: { enum: ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'], default: 'POST' },
  url: { type: 'string', description: 'http(s); may use ${signet.*} / ${pactbroker.*} variables.' },
  headers,
  body: { oneOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }] },
  secret: { type: ['string', 'null'], minLength: 8, description: 'Signs every request (Signet-Signature).' },
  enabled: { type: 'boolean', default: true },
};
const tag = 'webhooks';
const id = [path('id')];
const deliveryId = [path('id'), path('deliveryId')];

export const webhooksPaths = {
  '/api/v1/webhooks': {
    get: op({
      summary: 'List webhooks (admin)',
      tag,
      parameters: page,
      ok: [200, 'A page', pageOf(webhook)],
    }),
    post: op({
      summary: 'Create a webhook subscription (admin)',
      tag,
      body: { type: 'object', required: ['events', 'url'], properties: fields },
      ok: [201, 'Created', webhook],
    }),
  },
  '/api/v1/webhooks/{id}': {
    get: op({
      summary: 'One webhook (admin)',
      tag,
      parameters: id,
      ok: [200, 'The webhook', webhook],
      errors: [404],
    }),
    patch: op({
      summary: 'Change a webhook; null clears a field, "[redacted]" keeps a header (admin)',
      tag,
      parameters: id,
      body: { type: 'object', properties: fields },
      ok: [200, 'Changed', webhook],
      errors: [404],
    }),
    delete: op({
      summary: 'Delete a webhook and its delivery log (admin)',
      tag,
      parameters: id,
      ok: [204, 'Deleted'],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/test': {
    post: op({
      summary: 'Send a test ping now (not retried) and show the attempt (admin)',
      tag,
      parameters: id,
      ok: [200, 'The ping’s delivery', deliveryDetail],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/deliveries': {
    get: op({
      summary: 'The delivery log, newest first (admin)',
      tag,
      parameters: [...id, ...page],
      ok: [200, 'A page', pageOf(delivery)],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}': {
    get: op({
      summary: 'One delivery with every attempt (admin)',
      tag,
      parameters: deliveryId,
      ok: [200, 'The delivery', deliveryDetail],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    post: op({
      summary: 'Queue the delivery’s event again, same event id (admin)',
      tag,
      parameters: deliveryId,
      ok: [202, 'Queued', delivery],
      errors: [404],
    }),
  },
};
