import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import type { WebhookSubscription } from './subscription-store.js';
import type { SentRequest } from './sent-request-record.js';
import { withWebhookTables, type DeliveryKind } from './webhook-tables.js';

/** A delivery a worker holds the lease of: everything needed to send it. */
export interface ClaimedDelivery {
  id: number;
  eventUid: string;
  kind: DeliveryKind;
  /** This attempt's number (1 for the first). */
  attempt: number;
  /** Null: the worker's retry schedule decides. */
  maxAttempts: number | null;
  createdAt: Date;
  /** The name the subscription listed that it fires as; null: the event's own type (or a ping). */
  eventName: string | null;
  /** The delivery's own `${pactbroker.*}` values (a required provider version's). */
  context: Readonly<Record<string, string>>;
  subscription: Pick<
    WebhookSubscription,
    'id' | 'events' | 'consumer' | 'provider' | 'method' | 'url' | 'headers' | 'body' | 'secret'
  >;
  /** Null for a test ping. */
  event: { id: number; type: string; payload: Record<string, unknown>; createdAt: Date } | null;
}

/** One attempt's outcome, as the log keeps it. */
export interface AttemptRecord {
  startedAt: Date;
  latencyMs: number;
  succeeded: boolean;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  /** What was sent, redacted and bounded; null when the attempt failed before a request was built. */
  request: SentRequest | null;
}

/** What happens to the delivery after an attempt. */
export type AfterAttempt = { state: 'delivered' } | { state: 'failed' } | { state: 'retry'; delayMs: number };

/** The outbox as workers see it: claim due deliveries, record attempts. Times are the database's `now()`. */
export function webhookOutboxStore(db: Db) {
  const wdb = withWebhookTables(db);

  /** Reads claimed rows with their subscription and event. */
  async function load(ids: number[]): Promise<ClaimedDelivery[]> {
    if (ids.length === 0) return [];
    const rows = await wdb
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .leftJoin('events as e', 'e.id', 'd.event_id')
      .select([
        'd.id',
        'd.event_uid as eventUid',
        'd.kind',
        'd.attempts as attempt',
        'd.max_attempts as maxAttempts',
        'd.created_at as createdAt',
        'd.event_name as eventName',
        'd.context',
        's.id as subscriptionId',
        's.events',
        's.consumer',
        's.provider',
        's.method',
        's.url',
        's.headers',
        's.body',
        's.secret',
        'e.id as eventId',
        'e.type as eventType',
        'e.payload as eventPayload',
        'e.created_at as eventCreatedAt',
      ])
      .where('d.id', 'in', ids)
      .orderBy('d.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      eventUid: r.eventUid,
      kind: r.kind,
      attempt: r.attempt,
      maxAttempts: r.maxAttempts,
      createdAt: r.createdAt,
      eventName: r.eventName,
      context: r.context,
      subscription: {
        id: r.subscriptionId,
        events: r.events,
        consumer: r.consumer,
        provider: r.provider,
        method: r.method,
        url: r.url,
        headers: r.headers,
        body: r.body,
        secret: r.secret,
      },
      event:
        r.eventId === null
          ? null
          : { id: r.eventId, type: r.eventType!, payload: r.eventPayload!, createdAt: r.eventCreatedAt! },
    }));
  }

  return {
    /**
     * Claims up to `limit` due deliveries for `leaseMs`: rows other workers hold are skipped (`skip locked`), and
     * a claimed row is not due again until the lease ends, so a worker that dies mid-send only delays it.
     */
    async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
      const claimed = await sql<{ id: number }>`
        with due as (
          select id from webhook_deliveries
          where state = 'pending' and next_attempt_at <= now()
          order by next_attempt_at, id
          limit ${limit}
          for update skip locked)
        update webhook_deliveries d
        set attempts = d.attempts + 1, next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
        from due where d.id = due.id
        returning d.id`.execute(db);
      return load(claimed.rows.map((r) => r.id));
    },

    /** Inserts a test ping already claimed (one attempt, no retries) and returns it. */
    async claimPing(subscriptionId: number, leaseMs: number): Promise<ClaimedDelivery> {
      const { id } = await wdb
        .insertInto('webhook_deliveries')
        .values({
          subscription_id: subscriptionId,
          event_id: null,
          kind: 'ping',
          attempts: 1,
          max_attempts: 1,
          next_attempt_at: sql<Date>`now() + ${leaseMs} * interval '1 millisecond'`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await load([id]))[0]!;
    },

    /** Logs an attempt and moves the delivery on, unless its lease was lost to another worker meanwhile. */
    async recordAttempt(claim: ClaimedDelivery, record: AttemptRecord, after: AfterAttempt): Promise<void> {
      await wdb
        .insertInto('webhook_attempts')
        .values({
          delivery_id: claim.id,
          attempt: claim.attempt,
          started_at: record.startedAt,
          latency_ms: Math.round(record.latencyMs),
          succeeded: record.succeeded,
          response_status: record.responseStatus,
          response_body: record.responseBody,
          error: record.error,
          request: record.request === null ? null : JSON.stringify(record.request),
        })
        .execute();
      await wdb
        .updateTable('webhook_deliveries')
        .set(
          after.state === 'retry'
            ? { next_attempt_at: sql<Date>`now() + ${after.delayMs} * interval '1 millisecond'` }
            : { state: after.state, finished_at: sql<Date>`now()` },
        )
        .where('id', '=', claim.id)
        .where('state', '=', 'pending')
        .where('attempts', '=', claim.attempt)
        .execute();
    },

    /** Milliseconds until the next pending delivery is due (0 when one is due now); undefined when none waits. */
    async nextDueInMs(): Promise<number | undefined> {
      const row = await sql<{ ms: number | string | null }>`
        select extract(epoch from (min(next_attempt_at) - now())) * 1000 as ms
        from webhook_deliveries where state = 'pending'`.execute(db);
      const ms = row.rows[0]?.ms;
      return ms === null || ms === undefined ? undefined : Math.max(0, Number(ms));
    },
  };
}

export type WebhookOutboxStore = ReturnType<typeof webhookOutboxStore>;
