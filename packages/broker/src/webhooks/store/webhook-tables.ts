import type { SentRequest } from './sent-request-record.js';
import type { ColumnType, Generated, JSONColumnType, Kysely } from 'kysely';
import type { Database } from '../../store/database.js';

/** Tables of migration `0004-webhooks` as kysely sees them (the SQL there is the source of truth). */
export type WebhookTables = {
  webhook_subscriptions: {
    id: Generated<number>;
    /** Migration `0008-webhook-uuid`: the Pact API's name of the webhook. */
    uuid: Generated<string>;
    description: string | null;
    /** Written as a PostgreSQL array literal (see `textArray`); read back as an array. */
    events: ColumnType<string[], string, string>;
    service: string | null;
    consumer: string | null;
    provider: string | null;
    method: string;
    url: string;
    headers: JSONColumnType<Record<string, string>>;
    body: string | null;
    secret: string | null;
    enabled: Generated<boolean>;
    created_at: ColumnType<Date, never, never>;
    updated_at: ColumnType<Date, never, Date>;
  };
  webhook_deliveries: {
    id: Generated<number>;
    subscription_id: number;
    event_id: number | null;
    event_uid: Generated<string>;
    /** Migration `0010-webhook-delivery-event-name`: the name it fires as (null: the event's own type). */
    event_name: ColumnType<string | null, string | null | undefined, never>;
    /** Its own `${pactbroker.*}` values (a required provider version's number, branch, descriptions). */
    context: ColumnType<Record<string, string>, string | undefined, never>;
    kind: ColumnType<DeliveryKind, DeliveryKind | undefined, never>;
    state: ColumnType<DeliveryState, DeliveryState | undefined, DeliveryState>;
    attempts: Generated<number>;
    /** Null: the worker's retry schedule decides. */
    max_attempts: number | null;
    next_attempt_at: Generated<Date>;
    created_at: ColumnType<Date, never, never>;
    finished_at: Date | null;
  };
  webhook_attempts: {
    id: Generated<number>;
    delivery_id: number;
    attempt: number;
    started_at: Date;
    latency_ms: number;
    succeeded: boolean;
    response_status: number | null;
    response_body: string | null;
    error: string | null;
    /** JSON text on insert (`SentRequest`); null before migration 0013 and when no request was built. */
    request: ColumnType<SentRequest | null, string | null | undefined, never>;
  };
};

export type DeliveryKind = 'event' | 'ping' | 'redelivery';
export type DeliveryState = 'pending' | 'delivered' | 'failed';

/** The store's database with the webhook tables added. */
export type WebhookDb = Kysely<Database & WebhookTables>;

export function withWebhookTables(db: Kysely<Database>): WebhookDb {
  return db.withTables<WebhookTables>();
}

/** A PostgreSQL array literal of texts (`{"a","b"}`), so arrays bind the same way on PGlite and node-postgres. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
