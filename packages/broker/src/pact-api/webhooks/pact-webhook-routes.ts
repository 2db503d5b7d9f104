import { allPages } from '../../store/index.js';
import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import {
  createSubscription,
  deleteSubscription,
  findSubscription,
  ping,
  renderAttempt,
  updateSubscription,
} from '../../webhooks/index.js';
import type { WebhookSubscription } from '../../webhooks/store/subscription-store.js';
import { halFor, sendHal } from '../hal/hal.js';
import { pactWebhookResource, readNewWebhook, readWebhookUpdate } from './pact-webhook.js';
import { access } from '../../auth/route-access.js';

type P = { Params: { id: string } };

/** Pact Broker's rule for a client-chosen uuid: at least 16 letters, digits, `-` or `_`. */
const validUuid = /^[A-Za-z0-9_-]{16,100}$/;

/**
 * The webhook the Pact API names `uuid`; the numeric `/api/v1` id is accepted too, so ids handed out before
 * webhooks had uuids keep working. A 404 when there is none.
 */
async function byUuid(deps: BrokerDeps, uuid: string): Promise<WebhookSubscription> {
  const found = await deps.store.webhooks.subscriptions.findByUuid(uuid);
  if (found !== undefined) return found;
  if (/^\d{1,9}$/.test(uuid)) return findSubscription(deps, Number(uuid));
  throw new NotFoundError('webhook.not-found', `no webhook with uuid ${uuid}`);
}

/**
 * `/webhooks` in Pact's shape, over Signet's webhook subscriptions: the same store, outbox and delivery, so
 * Pact event names and `${pactbroker.*}` variables work (they are Signet aliases).
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
    app.post<{ Params: { provider?: string; consumer?: string } }>(
      path,
      access('admin'),
      async (request, reply) => {
        const { provider, consumer } = request.params;
        const body = {
          ...(request.body as object),
          ...(provider === undefined ? {} : { provider: { name: provider } }),
          ...(consumer === undefined ? {} : { consumer: { name: consumer } }),
        };
        const subscription = await createSubscription(deps, readNewWebhook(body));
        return sendHal(reply, pactWebhookResource(halFor(request), subscription), 201);
      },
    );
  }

  app.get('/webhooks', access('admin'), async (request, reply) => {
    const hal = halFor(request);
    const subscriptions = await allPages((page) => deps.store.webhooks.subscriptions.list(page));
    const webhooks = subscriptions.map((subscription) => pactWebhookResource(hal, subscription));
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
    sendHal(reply, pactWebhookResource(halFor(request), await byUuid(deps, request.params.id))),
  );

  // Pact Broker: a PUT to a uuid it does not know creates the webhook with that uuid (201).
  app.put<P>('/webhooks/:id', access('admin'), async (request, reply) => {
    const uuid = request.params.id;
    const existing = await byUuid(deps, uuid).catch((error: unknown) => {
      if (error instanceof NotFoundError && validUuid.test(uuid)) return undefined;
      throw error;
    });
    if (existing === undefined) {
      const created = await createSubscription(deps, readNewWebhook(request.body), uuid);
      return sendHal(reply, pactWebhookResource(halFor(request), created), 201);
    }
    const updated = await updateSubscription(deps, existing.id, readWebhookUpdate(request.body));
    return sendHal(reply, pactWebhookResource(halFor(request), updated));
  });

  app.delete<P>('/webhooks/:id', access('admin'), async (request, reply) => {
    await deleteSubscription(deps, (await byUuid(deps, request.params.id)).id);
    return reply.status(204).send();
  });

  app.post<P>('/webhooks/:id/execute', access('admin'), async (request, reply) => {
    const subscription = await byUuid(deps, request.params.id);
    const delivery = await ping(deps, subscription.id);
    // Rendered as in `/api/v1`: URLs in the attempt's texts redacted.
    const result = { ...delivery, log: delivery.log.map(renderAttempt) };
    const attempt = result.log.at(-1);
    // Pact Broker's execution result (`success`, `response`, `logs`), plus Signet's delivery as `result`.
    return sendHal(reply, {
      success: attempt?.succeeded ?? false,
      response:
        attempt?.responseStatus === null || attempt === undefined
          ? null
          : { status: attempt.responseStatus, body: attempt.responseBody },
      logs: attempt?.error ?? '',
      result,
      _links: { 'pb:webhook': halFor(request).link(`/webhooks/${subscription.uuid}`) },
    });
  });
}
