import { op, page, path, ref } from './operation.js';

/** Webhook subscriptions and their delivery log (admin). */

const tag = 'webhooks';
const id = [path('id')];
const deliveryId = [path('id'), path('deliveryId')];

export const webhooksPaths = {
  '/api/v1/webhooks': {
    get: op({
      summary: 'List webhooks (admin)',
      tag,
      parameters: page,
      ok: [200, 'A page', ref('WebhookPage')],
    }),
    post: op({
      summary: 'Create a webhook subscription (admin)',
      tag,
      body: 'CreateWebhookInput',
      ok: [201, 'Created', ref('Webhook')],
    }),
  },
  '/api/v1/webhooks/{id}': {
    get: op({
      summary: 'One webhook (admin)',
      tag,
      parameters: id,
      ok: [200, 'The webhook', ref('Webhook')],
      errors: [404],
    }),
    patch: op({
      summary: 'Change a webhook; null clears a field, "[redacted]" keeps a header (admin)',
      tag,
      parameters: id,
      body: 'UpdateWebhookInput',
      ok: [200, 'Changed', ref('Webhook')],
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
      ok: [200, 'The ping’s delivery', ref('WebhookDeliveryDetail')],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/deliveries': {
    get: op({
      summary: 'The delivery log, newest first (admin)',
      tag,
      parameters: [...id, ...page],
      ok: [200, 'A page', ref('WebhookDeliveryPage')],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}': {
    get: op({
      summary: 'One delivery with every attempt (admin)',
      tag,
      parameters: deliveryId,
      ok: [200, 'The delivery', ref('WebhookDeliveryDetail')],
      errors: [404],
    }),
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    post: op({
      summary: 'Queue the delivery’s event again, same event id (admin)',
      tag,
      parameters: deliveryId,
      ok: [202, 'Queued', ref('WebhookDelivery')],
      errors: [404],
    }),
  },
};
