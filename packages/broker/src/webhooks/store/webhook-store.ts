import type { Db } from './db.js';
import { webhookOutboxStore, type WebhookOutboxStore } from './webhooks-deliveries.js';
import { webhookLogStore, type WebhookLogStore } from './webhooks-log.js';
import type { OutboxScope } from './webhooks-outbox-scope.js';
import { webhookSubscriptionStore, type WebhookSubscriptionStore } from './webhooks-subscriptions.js';

/** Webhooks in the store: subscriptions, the outbox workers drain, and the delivery log. */
export interface WebhookStore {
  subscriptions: WebhookSubscriptionStore;
  outbox: WebhookOutboxStore;
  log: WebhookLogStore;
  /** Calls `listener` after a commit that queued deliveries (in this process); returns the remover. */
  onQueued(listener: () => void): () => void;
  /** Says deliveries were queued by this store's work (e.g. a redelivery), waking the worker after commit. */
  markQueued(): void;
}

export function webhookStore(db: Db, scope: OutboxScope): WebhookStore {
  return {
    subscriptions: webhookSubscriptionStore(db),
    outbox: webhookOutboxStore(db),
    log: webhookLogStore(db),
    onQueued: (listener) => scope.onQueued(listener),
    markQueued: () => scope.markQueued(),
  };
}

export { OutboxScope } from './webhooks-outbox-scope.js';
export { eventsWithOutbox } from './webhooks-outbox.js';
export type { WebhookSubscription, SubscriptionFields } from './webhooks-subscriptions.js';
export type { ClaimedDelivery, AttemptRecord, AfterAttempt } from './webhooks-deliveries.js';
export type { WebhookDelivery, LoggedAttempt } from './webhooks-log.js';
