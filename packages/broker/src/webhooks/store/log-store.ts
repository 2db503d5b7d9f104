import type { Db } from '../../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../../store/page.js';
import type { AttemptRecord } from './delivery-store.js';
import { withWebhookTables, type DeliveryKind, type DeliveryState } from './webhook-tables.js';

/** A delivery as the log shows it. */
export interface WebhookDelivery {
  id: number;
  subscriptionId: number;
  eventUid: string;
  /** The event's type; `ping` for a test ping. */
  eventType: string;
  kind: DeliveryKind;
  state: DeliveryState;
  attempts: number;
  maxAttempts: number | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface LoggedAttempt extends AttemptRecord {
  attempt: number;
}

/** The delivery log: deliveries newest first, each with its attempts; manual redelivery. */
export function webhookLogStore(db: Db) {
  const wdb = withWebhookTables(db);
  const deliveries = () =>
    wdb
      .selectFrom('webhook_deliveries as d')
      .leftJoin('events as e', 'e.id', 'd.event_id')
      .select([
        'd.id',
        'd.subscription_id as subscriptionId',
        'd.event_uid as eventUid',
        'e.type as eventType',
        'd.kind',
        'd.state',
        'd.attempts',
        'd.max_attempts as maxAttempts',
        'd.next_attempt_at as nextAttemptAt',
        'd.created_at as createdAt',
        'd.finished_at as finishedAt',
      ]);
  const shape = <R extends { eventType: string | null; state: DeliveryState; nextAttemptAt: Date }>(
    row: R,
  ) => ({
    ...row,
    eventType: row.eventType ?? 'ping',
    nextAttemptAt: row.state === 'pending' ? row.nextAttemptAt : null,
  });

  return {
    async list(subscriptionId: number, request: PageRequest): Promise<Page<WebhookDelivery>> {
      const limit = pageLimit(request);
      const before = decodeIdCursor(request.cursor);
      const rows = await deliveries()
        .where('d.subscription_id', '=', subscriptionId)
        .$if(before !== undefined, (query) => query.where('d.id', '<', before!))
        .orderBy('d.id', 'desc')
        .limit(limit + 1)
        .execute();
      return toPage(rows.map(shape), limit, (row) => row.id);
    },

    async find(
      subscriptionId: number,
      id: number,
    ): Promise<(WebhookDelivery & { log: LoggedAttempt[] }) | undefined> {
      const row = await deliveries()
        .where('d.subscription_id', '=', subscriptionId)
        .where('d.id', '=', id)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const log = await wdb
        .selectFrom('webhook_attempts')
        .select([
          'attempt',
          'started_at as startedAt',
          'latency_ms as latencyMs',
          'succeeded',
          'response_status as responseStatus',
          'response_body as responseBody',
          'error',
          'request',
        ])
        .where('delivery_id', '=', id)
        .orderBy('id')
        .execute();
      return { ...shape(row), log };
    },

    /** Queues the delivery's event again (same event id, name and values) as a new delivery; undefined when there is none. */
    async redeliver(subscriptionId: number, id: number): Promise<WebhookDelivery | undefined> {
      const original = await wdb
        .selectFrom('webhook_deliveries')
        .select(['event_id', 'event_uid', 'kind', 'event_name', 'context'])
        .where('subscription_id', '=', subscriptionId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (original === undefined) return undefined;
      const { id: created } = await wdb
        .insertInto('webhook_deliveries')
        .values({
          subscription_id: subscriptionId,
          event_id: original.event_id,
          event_uid: original.event_uid,
          event_name: original.event_name,
          context: JSON.stringify(original.context),
          kind: 'redelivery',
          max_attempts: original.kind === 'ping' ? 1 : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return shape(await deliveries().where('d.id', '=', created).executeTakeFirstOrThrow());
    },

    /** Deliveries by state, for one subscription or all. */
    async countByState(subscriptionId?: number): Promise<Record<DeliveryState, number>> {
      const rows = await wdb
        .selectFrom('webhook_deliveries')
        .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
        .$if(subscriptionId !== undefined, (query) => query.where('subscription_id', '=', subscriptionId!))
        .groupBy('state')
        .execute();
      const counts = { pending: 0, delivered: 0, failed: 0 };
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },
  };
}

export type WebhookLogStore = ReturnType<typeof webhookLogStore>;
