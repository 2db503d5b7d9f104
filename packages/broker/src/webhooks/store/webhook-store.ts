import type { Db } from '../../store/db.js';
import { webhookOutboxStore, type WebhookOutboxStore } from './delivery-store.js';
import { webhookLogStore, type WebhookLogStore } from './log-store.js';
import type { OutboxScope } from './outbox-scope.js';
import { templateFactsStore, type TemplateFactsStore } from './template-facts-store.js';
import { webhookSubscriptionStore, type WebhookSubscriptionStore } from './subscription-store.js';

/** Webhooks in the store: subscriptions, the outbox workers drain, and the delivery log. */
export interface WebhookStore {
  subscriptions: WebhookSubscriptionStore;
  outbox: WebhookOutboxStore;
  log: WebhookLogStore;
  /** What templates render beyond an event's payload (the verification a contract event shows). */
  templateFacts: TemplateFactsStore;
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
    templateFacts: templateFactsStore(db),
    onQueued: (listener) => scope.onQueued(listener),
    markQueued: () => scope.markQueued(),
  };
}

export { OutboxScope } from './outbox-scope.js';
export { eventsWithOutbox } from './outbox-store.js';
export type { WebhookSubscription, SubscriptionFields } from './subscription-store.js';
export type { ClaimedDelivery, AttemptRecord, AfterAttempt } from './delivery-store.js';
export type { SentRequest } from './sent-request-record.js';
export type { WebhookDelivery, LoggedAttempt } from './log-store.js';
