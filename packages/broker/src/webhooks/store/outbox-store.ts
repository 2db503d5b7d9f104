import { eventFacts, namesFiring, subscriptionsFor } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import type { EventStore } from '../../events/event-store.js';
import type { OutboxScope } from './outbox-scope.js';
import { textArray, withWebhookTables } from './webhook-tables.js';

/**
 * The event store, with every appended event's webhook deliveries queued in the same transaction (the outbox):
 * an event is never committed without its deliveries, nor a delivery without its event. An append outside a
 * transaction opens one for the pair.
 */
export function eventsWithOutbox(
  events: EventStore,
  db: Db,
  inTransaction: boolean,
  scope: OutboxScope,
): EventStore {
  const appendIn = async (tx: Db, txScope: OutboxScope, ...args: Parameters<EventStore['append']>) => {
    const [type, serviceId, payload] = args;
    const { id } = await tx
      .insertInto('events')
      .values({ type, service_id: serviceId, payload: JSON.stringify(payload) })
      .returning('id')
      .executeTakeFirstOrThrow();
    if ((await queueDeliveries(tx, id, type, payload)) > 0) txScope.markQueued();
  };
  return {
    ...events,
    async append(type, serviceId, payload) {
      if (inTransaction) return appendIn(db, scope, type, serviceId, payload);
      const nested = scope.nested();
      await db.transaction().execute((tx) => appendIn(tx, nested, type, serviceId, payload));
      nested.committed();
    },
  };
}

/** Inserts one pending delivery per subscription that fires for the event; returns how many. */
async function queueDeliveries(
  db: Db,
  eventId: number,
  type: string,
  payload: Record<string, unknown>,
): Promise<number> {
  const wdb = withWebhookTables(db);
  const candidates = await wdb
    .selectFrom('webhook_subscriptions')
    .select(['id', 'events', 'service', 'consumer', 'provider', 'enabled'])
    .where('enabled', '=', true)
    .where(sql<boolean>`events && ${textArray(namesFiring(type))}::text[]`)
    .execute();
  if (candidates.length === 0) return 0;
  const fired = subscriptionsFor(type, eventFacts(type, payload), candidates);
  if (fired.length === 0) return 0;
  await wdb
    .insertInto('webhook_deliveries')
    .values(
      fired.map((subscription) => ({
        subscription_id: subscription.id,
        event_id: eventId,
        max_attempts: null,
      })),
    )
    .execute();
  return fired.length;
}
