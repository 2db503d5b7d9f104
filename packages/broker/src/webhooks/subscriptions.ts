import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import type { WebhookSubscription } from './store/webhook-store.js';
import { checkDestination } from './check-destination.js';
import { redacted } from './redact.js';
import { restoreUrl } from './redact-url.js';
import type { CreateSubscriptionInput, UpdateSubscriptionInput } from './subscription-input.js';

/** Creates a subscription (admin), named `uuid` in the Pact API when given; a refused destination is a 400. */
export async function createSubscription(
  deps: BrokerDeps,
  input: CreateSubscriptionInput,
  uuid?: string,
): Promise<WebhookSubscription> {
  checkDestination(deps, input.url);
  return deps.store.webhooks.subscriptions.create(input, uuid);
}

/** The subscription, or a 404. */
export async function findSubscription(deps: BrokerDeps, id: number): Promise<WebhookSubscription> {
  const found = await deps.store.webhooks.subscriptions.find(id);
  if (found === undefined) throw new NotFoundError('webhook.not-found', `no webhook with id ${id}`);
  return found;
}

/**
 * Changes the given fields. Header values and URL credentials sent back redacted (as the API shows them) keep
 * their stored value, so a client can edit a subscription it read without knowing its credentials.
 */
export async function updateSubscription(
  deps: BrokerDeps,
  id: number,
  input: UpdateSubscriptionInput,
): Promise<WebhookSubscription> {
  return deps.store.transaction(async (store) => {
    const current = await findSubscription({ ...deps, store }, id);
    const headers =
      input.headers === undefined
        ? undefined
        : Object.fromEntries(
            Object.entries(input.headers).map(([header, value]) => [
              header,
              value === redacted ? (storedValue(current.headers, header) ?? value) : value,
            ]),
          );
    const url = input.url === undefined ? {} : { url: restoreUrl(input.url, current.url) };
    if (url.url !== undefined) checkDestination(deps, url.url);
    return (await store.webhooks.subscriptions.update(id, { ...input, headers, ...url }))!;
  });
}

/** Deletes a subscription with its delivery log; 404 when there is none. */
export async function deleteSubscription(deps: BrokerDeps, id: number): Promise<void> {
  if (!(await deps.store.webhooks.subscriptions.delete(id)))
    throw new NotFoundError('webhook.not-found', `no webhook with id ${id}`);
}

function storedValue(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([header]) => header.toLowerCase() === name.toLowerCase())?.[1];
}
