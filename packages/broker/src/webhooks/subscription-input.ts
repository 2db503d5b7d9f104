import { isKnownEventName } from '@signet/core';
import { z } from 'zod';
import { name } from '../http/schemas.js';

const placeholder = /\$\{(signet|pactbroker)\.\w+\}/g;

/** A URL template: http(s) once its placeholders are filled. */
const urlTemplate = z
  .string()
  .min(1)
  .max(2_000)
  .refine((url) => {
    try {
      return ['http:', 'https:'].includes(new URL(url.replace(placeholder, 'x')).protocol);
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** Header names Signet sets itself: a subscription may not override them. */
const reserved = /^(signet-.*|host|content-length|transfer-encoding|connection)$/i;
const headers = z.record(
  z
    .string()
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a header name')
    .refine((header) => !reserved.test(header), 'is set by Signet'),
  // What an HTTP field value may hold (RFC 9110, and what node:http sends): a CR, LF or other control
  // character would be refused at every delivery, so the subscription could never deliver.
  z
    .string()
    .max(4_000)
    .regex(
      /^[\t\x20-\x7e\x80-\xff]*$/,
      'must not contain control characters (CR, LF…) or characters beyond U+00FF',
    ),
);

const events = z
  .array(z.string().refine(isKnownEventName, 'is not a webhook event (see docs/webhooks.md)'))
  .min(1)
  .max(20);

/** A JSON body may be sent as an object; it is stored as its JSON text. */
const body = z
  .union([z.string().max(100_000), z.record(z.string(), z.unknown())])
  .transform((value) => (typeof value === 'string' ? value : JSON.stringify(value)));

const fields = {
  description: z.string().max(500).nullable(),
  events,
  service: name.nullable(),
  consumer: name.nullable(),
  provider: name.nullable(),
  method: z
    .string()
    .transform((method) => method.toUpperCase())
    .pipe(z.enum(['POST', 'PUT', 'PATCH', 'GET', 'DELETE'])),
  url: urlTemplate,
  headers,
  body: body.nullable(),
  secret: z.string().min(8).max(500).nullable(),
  enabled: z.boolean(),
};

/** A new subscription: `events` and `url` are required; method POST, no filter, enabled by default. */
export const createSubscriptionInput = z.object({
  ...fields,
  description: fields.description.default(null),
  service: fields.service.default(null),
  consumer: fields.consumer.default(null),
  provider: fields.provider.default(null),
  method: fields.method.default('POST'),
  headers: fields.headers.default({}),
  body: fields.body.default(null),
  secret: fields.secret.default(null),
  enabled: fields.enabled.default(true),
});

/** A change: only the given fields; `null` clears an optional one. */
export const updateSubscriptionInput = z.object(fields).partial();

export type CreateSubscriptionInput = z.infer<typeof createSubscriptionInput>;
export type UpdateSubscriptionInput = z.infer<typeof updateSubscriptionInput>;
