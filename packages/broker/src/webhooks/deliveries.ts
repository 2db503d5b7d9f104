import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import type { PageRequest } from '../store/index.js';
import type { LoggedAttempt, WebhookDelivery } from './store/webhook-store.js';
import { deliver } from './deliver.js';
import { defaultWebhookRuntime } from './runtime.js';
import { leaseMs } from './settings.js';
import { findSubscription } from './subscriptions.js';

/** A subscription's deliveries, newest first. */
export async function listDeliveries(deps: BrokerDeps, subscriptionId: number, page: PageRequest) {
  await findSubscription(deps, subscriptionId);
  return deps.store.webhooks.log.list(subscriptionId, page);
}

/** One delivery with every attempt; 404 when the subscription has no such delivery. */
export async function findDelivery(
  deps: BrokerDeps,
  subscriptionId: number,
  id: number,
): Promise<WebhookDelivery & { log: LoggedAttempt[] }> {
  const found = await deps.store.webhooks.log.find(subscriptionId, id);
  if (found === undefined)
    throw new NotFoundError('webhook-delivery.not-found', `webhook ${subscriptionId} has no delivery ${id}`);
  return found;
}

/** Queues the delivery's event again, with the same event id, as a new delivery the worker sends. */
export async function redeliver(
  deps: BrokerDeps,
  subscriptionId: number,
  id: number,
): Promise<WebhookDelivery> {
  return deps.store.transaction(async (store) => {
    const created = await store.webhooks.log.redeliver(subscriptionId, id);
    if (created === undefined)
      throw new NotFoundError(
        'webhook-delivery.not-found',
        `webhook ${subscriptionId} has no delivery ${id}`,
      );
    store.webhooks.markQueued();
    return created;
  });
}

/**
 * Sends a test ping (event type `ping`) now and answers with its delivery and the attempt's outcome; the ping is
 * logged like any delivery but not retried.
 */
export async function ping(deps: BrokerDeps, subscriptionId: number) {
  await findSubscription(deps, subscriptionId);
  const runtime = deps.webhooks ?? defaultWebhookRuntime;
  const claim = await deps.store.webhooks.outbox.claimPing(subscriptionId, leaseMs(runtime.settings));
  await deliver(deps.store, runtime, claim);
  return findDelivery(deps, subscriptionId, claim.id);
}
