import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderPage } from '../http/render.js';
import { pageQuery } from '../http/schemas.js';
import {
  createSubscription,
  createSubscriptionInput,
  defaultWebhookRuntime,
  deleteSubscription,
  findDelivery,
  findSubscription,
  listDeliveries,
  ping,
  redeliver,
  renderDelivery,
  renderDeliveryDetail,
  renderSubscription,
  updateSubscription,
  updateSubscriptionInput,
} from './index.js';
import { access } from '../auth/route-access.js';

const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
const webhookParams = z.object({ id });
const deliveryParams = z.object({ id, deliveryId: id });

/** `/webhooks` (admin): subscriptions, a test ping, the delivery log and manual redelivery. */
export function webhookRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const settings = () => (deps.webhooks ?? defaultWebhookRuntime).settings;

  app.post('/webhooks', access('admin'), async (request, reply) => {
    const input = parse(createSubscriptionInput, request.body, 'body');
    return reply.status(201).send(renderSubscription(await createSubscription(deps, input)));
  });
  app.get('/webhooks', access('admin'), async (request) => {
    const query = parse(pageQuery, request.query, 'query');
    return renderPage(await deps.store.webhooks.subscriptions.list(query), renderSubscription);
  });
  app.get('/webhooks/:id', access('admin'), async (request) => {
    const params = parse(webhookParams, request.params, 'path');
    return renderSubscription(await findSubscription(deps, params.id));
  });
  app.patch('/webhooks/:id', access('admin'), async (request) => {
    const params = parse(webhookParams, request.params, 'path');
    const input = parse(updateSubscriptionInput, request.body, 'body');
    return renderSubscription(await updateSubscription(deps, params.id, input));
  });
  app.delete('/webhooks/:id', access('admin'), async (request, reply) => {
    const params = parse(webhookParams, request.params, 'path');
    await deleteSubscription(deps, params.id);
    return reply.status(204).send();
  });
  app.post('/webhooks/:id/test', access('admin'), async (request) => {
    const params = parse(webhookParams, request.params, 'path');
    return renderDeliveryDetail(settings())(await ping(deps, params.id));
  });
  app.get('/webhooks/:id/deliveries', access('admin'), async (request) => {
    const params = parse(webhookParams, request.params, 'path');
    const query = parse(pageQuery, request.query, 'query');
    return renderPage(await listDeliveries(deps, params.id, query), renderDelivery(settings()));
  });
  app.get('/webhooks/:id/deliveries/:deliveryId', access('admin'), async (request) => {
    const params = parse(deliveryParams, request.params, 'path');
    return renderDeliveryDetail(settings())(await findDelivery(deps, params.id, params.deliveryId));
  });
  app.post('/webhooks/:id/deliveries/:deliveryId/redeliver', access('admin'), async (request, reply) => {
    const params = parse(deliveryParams, request.params, 'path');
    return reply
      .status(202)
      .send(renderDelivery(settings())(await redeliver(deps, params.id, params.deliveryId)));
  });
}
