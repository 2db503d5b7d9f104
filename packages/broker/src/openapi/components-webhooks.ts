import { pactEventAliases, webhookEvents } from '@signet/core';
import {
  boolean,
  dateTime,
  described,
  integer,
  nullableDateTime,
  nullableString,
  object,
  oneOf,
  ref,
  string,
} from './schema-helpers.js';

/** Schemas of webhook subscriptions and their delivery log (admin). */

const headers = { type: 'object', additionalProperties: string };
const methods = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'];
const deliveryProperties = {
  id: integer,
  eventId: described(string, 'The Signet-Event-Id header: the same on every attempt and redelivery.'),
  eventType: string,
  kind: oneOf('event', 'ping', 'redelivery'),
  state: oneOf('pending', 'delivered', 'failed'),
  attempts: integer,
  maxAttempts: integer,
  nextAttemptAt: nullableDateTime,
  createdAt: dateTime,
  finishedAt: nullableDateTime,
};
// What a subscription is made of; `null` clears an optional field in a change.
const inputFields = {
  description: nullableString,
  events: { type: 'array', minItems: 1, items: ref('WebhookEventName') },
  service: described(nullableString, 'Only events about this service (as subject, consumer or provider).'),
  consumer: described(nullableString, 'Only events of integrations with this consumer.'),
  provider: described(nullableString, 'Only events of integrations with this provider.'),
  method: { ...oneOf(...methods), default: 'POST' },
  url: described(string, 'http(s); may use ${signet.*} / ${pactbroker.*} variables.'),
  headers,
  body: described(
    { oneOf: [string, { type: 'object' }, { type: 'null' }] },
    'A template (text) or a JSON object.',
  ),
  secret: described({ type: ['string', 'null'], minLength: 8 }, 'Signs every request (Signet-Signature).'),
  enabled: { type: 'boolean', default: true },
};

export const webhookSchemas = {
  WebhookEventName: described(
    oneOf(...webhookEvents, ...Object.keys(pactEventAliases)),
    'A Signet event, or a Pact Broker event name standing for some of them.',
  ),
  Webhook: described(
    object({
      id: integer,
      description: nullableString,
      events: { type: 'array', items: ref('WebhookEventName') },
      service: nullableString,
      consumer: nullableString,
      provider: nullableString,
      method: oneOf(...methods),
      url: string,
      headers: described(headers, 'Credential headers (Authorization, tokens, keys) show as "[redacted]".'),
      body: described(nullableString, 'Body template; null sends the default JSON body.'),
      hasSecret: described(boolean, 'The secret itself is never shown.'),
      enabled: boolean,
      createdAt: dateTime,
      updatedAt: dateTime,
    }),
    'A webhook subscription as the broker shows it: the secret never, credential headers as `[redacted]`.',
  ),
  CreateWebhookInput: described(
    { type: 'object', required: ['events', 'url'], properties: inputFields },
    'A new subscription; `events` and `url` are required.',
  ),
  UpdateWebhookInput: described(
    { type: 'object', properties: inputFields },
    'A change: only the given fields; `null` clears an optional one, "[redacted]" keeps a header.',
  ),
  WebhookDelivery: described(
    object(deliveryProperties),
    'One delivery of an event (or test ping) to a subscription.',
  ),
  WebhookAttempt: described(
    object({
      attempt: integer,
      startedAt: dateTime,
      latencyMs: integer,
      succeeded: boolean,
      responseStatus: { type: ['integer', 'null'] },
      responseBody: described(nullableString, 'The first 4 KiB, secrets redacted.'),
      error: nullableString,
      request: described(
        { oneOf: [ref('WebhookSentRequest'), { type: 'null' }] },
        'The request this attempt sent; null when it failed before one was built, and for attempts logged before requests were kept.',
      ),
    }),
    'One attempt in a delivery’s log.',
  ),
  WebhookSentRequest: described(
    object({
      method: string,
      url: described(string, 'As sent, credentials in it redacted.'),
      headers: described(
        { type: 'object', additionalProperties: string },
        'As sent (Content-Length aside); credential headers and the subscription’s secrets redacted.',
      ),
      body: described(nullableString, 'The first 64 KiB, secrets redacted; null for GET and HEAD.'),
      bodyBytes: described(integer, 'The size of the whole body sent, in bytes.'),
      bodyTruncated: described(boolean, 'True when `body` is only the start of what was sent.'),
    }),
    'The request one webhook attempt sent, as the delivery log keeps it.',
  ),
  WebhookDeliveryDetail: object({
    ...deliveryProperties,
    log: { type: 'array', items: ref('WebhookAttempt') },
  }),
};
