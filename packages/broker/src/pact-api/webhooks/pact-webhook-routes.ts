import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { halFor, sendHal } from '../hal/hal.js';
import { pactWebhookResource } from './pact-webhook.js';
import {
  createPactWebhook,
  deletePactWebhook,
  executePactWebhook,
  findPactWebhook,
  listPactWebhooks,
  putPactWebhook,
  type WebhookScope,
} from './pact-webhook-service.js';

type P = { Params: { id: string } };

/**
 * `/webhooks` in Pact's shape, over Signet's webhook subscriptions: the same store, outbox and delivery, so
 * Pact event names and `${pactbroker.*}` variables work (they are Signet aliases). Each route parses, calls
 * one function of `pact-webhook-service.ts` and renders.
 */
export function pactWebhookRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  // The `pact` CLI posts to the path naming the integration; the path's names win over the body's.
  const scoped = [
    '/webhooks',
    '/webhooks/provider/:provider',
    '/webhooks/consumer/:consumer',
    '/webhooks/provider/:provider/consumer/:consumer',
  ];
  for (const path of scoped) {
    app.post<{ Params: WebhookScope }>(path, access('admin'), async (request, reply) => {
      const webhook = await createPactWebhook(deps, request.body, request.params);
      return sendHal(reply, pactWebhookResource(halFor(request), webhook), 201);
    });
  }

  app.get('/webhooks', access('admin'), async (request, reply) => {
    const hal = halFor(request);
    const webhooks = (await listPactWebhooks(deps.store)).map((webhook) => pactWebhookResource(hal, webhook));
    const links = webhooks.map((webhook) => ({
      ...webhook._links.self,
      name: webhook.description ?? webhook.uuid,
    }));
    return sendHal(reply, {
      _embedded: { webhooks },
      _links: { self: hal.link('/webhooks'), 'pb:webhooks': links },
    });
  });

  app.get<P>('/webhooks/:id', access('admin'), async (request, reply) =>
    sendHal(
      reply,
      pactWebhookResource(halFor(request), await findPactWebhook(deps.store, request.params.id)),
    ),
  );

  // Pact Broker: a PUT to a uuid it does not know creates the webhook with that uuid (201).
  app.put<P>('/webhooks/:id', access('admin'), async (request, reply) => {
    const { webhook, created } = await putPactWebhook(deps, request.params.id, request.body);
    return sendHal(reply, pactWebhookResource(halFor(request), webhook), created ? 201 : 200);
  });

  app.delete<P>('/webhooks/:id', access('admin'), async (request, reply) => {
    await deletePactWebhook(deps, request.params.id);
    return reply.status(204).send();
  });

  app.post<P>('/webhooks/:id/execute', access('admin'), async (request, reply) => {
    const { webhook, ...execution } = await executePactWebhook(deps, request.params.id);
    return sendHal(reply, {
      ...execution,
      _links: { 'pb:webhook': halFor(request).link(`/webhooks/${webhook.uuid}`) },
    });
  });
}
