import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { allPages, type Store } from '../../store/index.js';
import {
  createSubscription,
  deleteSubscription,
  ping,
  renderAttempt,
  updateSubscription,
} from '../../webhooks/index.js';
import type { WebhookSubscription } from '../../webhooks/store/subscription-store.js';
import { readNewWebhook, readWebhookUpdate } from './pact-webhook.js';

/** Pact Broker's rule for a client-chosen uuid: at least 16 letters, digits, `-` or `_`. */
const validUuid = /^[A-Za-z0-9_-]{16,100}$/;

/** The integration a Pact webhook path names; its names win over the body's. */
export interface WebhookScope {
  provider?: string;
  consumer?: string;
}

/**
 * The webhook the Pact API names `uuid`; the numeric `/api/v1` id is accepted too, so ids handed out before
 * webhooks had uuids keep working. A 404 when there is none.
 */
export async function findPactWebhook(store: Store, uuid: string): Promise<WebhookSubscription> {
  const found = await store.webhooks.subscriptions.findByUuid(uuid);
  if (found !== undefined) return found;
  const byId = /^\d{1,9}$/.test(uuid) ? await store.webhooks.subscriptions.find(Number(uuid)) : undefined;
  if (byId !== undefined) return byId;
  throw new NotFoundError('webhook.not-found', `no webhook with uuid ${uuid}`);
}

/** Every webhook, oldest first (all pages). */
export function listPactWebhooks(store: Store): Promise<WebhookSubscription[]> {
  return allPages((page) => store.webhooks.subscriptions.list(page));
}

/** Creates a webhook from a Pact body (400 with field errors when invalid), scoped by the path's names. */
export async function createPactWebhook(
  deps: BrokerDeps,
  body: unknown,
  scope: WebhookScope = {},
): Promise<WebhookSubscription> {
  const scoped = {
    ...(body as object),
    ...(scope.provider !== undefined && { provider: { name: scope.provider } }),
    ...(scope.consumer !== undefined && { consumer: { name: scope.consumer } }),
  };
  return createSubscription(deps, readNewWebhook(scoped));
}

/**
 * Pact Broker's `PUT /webhooks/{uuid}`: replaces the webhook, or creates it under a new valid uuid
 * (`created`). The lookup and the insert run in one transaction holding the uuid's lock, so two concurrent
 * PUTs of one new uuid create it once and update it once. An invalid unknown uuid is a 404.
 */
export function putPactWebhook(
  deps: BrokerDeps,
  uuid: string,
  body: unknown,
): Promise<{ webhook: WebhookSubscription; created: boolean }> {
  return deps.store.transaction(async (store) => {
    const scoped = { ...deps, store };
    await store.webhooks.subscriptions.lockUuid(uuid);
    const existing = await findPactWebhook(store, uuid).catch((error: unknown) => {
      if (error instanceof NotFoundError && validUuid.test(uuid)) return undefined;
      throw error;
    });
    if (existing !== undefined)
      return {
        webhook: await updateSubscription(scoped, existing.id, readWebhookUpdate(body)),
        created: false,
      };
    return { webhook: await createSubscription(scoped, readNewWebhook(body), uuid), created: true };
  });
}

/** Deletes the webhook named `uuid` with its deliveries; a 404 when there is none. */
export async function deletePactWebhook(deps: BrokerDeps, uuid: string): Promise<void> {
  await deleteSubscription(deps, (await findPactWebhook(deps.store, uuid)).id);
}

/**
 * Executes the webhook now (Pact Broker's test execution) and answers in Pact's shape — `success`,
 * `response`, `logs` — with Signet's delivery (attempt texts URL-redacted, as in `/api/v1`) as `result`.
 */
export async function executePactWebhook(deps: BrokerDeps, uuid: string) {
  const webhook = await findPactWebhook(deps.store, uuid);
  const delivery = await ping(deps, webhook.id);
  const result = { ...delivery, log: delivery.log.map(renderAttempt) };
  const attempt = result.log.at(-1);
  return {
    webhook,
    success: attempt?.succeeded ?? false,
    response:
      attempt === undefined || attempt.responseStatus === null
        ? null
        : { status: attempt.responseStatus, body: attempt.responseBody },
    logs: attempt?.error ?? '',
    result,
  };
}
