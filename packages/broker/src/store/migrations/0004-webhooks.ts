import { sql, type Kysely } from 'kysely';

/**
 * Webhook subscriptions, the delivery outbox and its attempt log. Deliveries are inserted in the transaction
 * that records their event, so a committed event always has its deliveries; workers claim due ones with
 * `for update skip locked`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table webhook_subscriptions (
      id integer generated always as identity primary key,
      description text,
      events text[] not null,
      service text,
      consumer text,
      provider text,
      method text not null,
      url text not null,
      headers jsonb not null default '{}',
      body text,
      secret text,
      enabled boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now())`,
    sql`create index webhook_subscriptions_enabled on webhook_subscriptions using gin (events) where enabled`,
    // Deleting a subscription deletes its deliveries (and their log): nothing is left to send them to.
    sql`create table webhook_deliveries (
      id integer generated always as identity primary key,
      subscription_id integer not null references webhook_subscriptions (id) on delete cascade,
      event_id integer references events (id),
      event_uid uuid not null default gen_random_uuid(),
      kind text not null default 'event' check (kind in ('event', 'ping', 'redelivery')),
      state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      max_attempts integer,
      next_attempt_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      finished_at timestamptz)`,
    sql`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where state = 'pending'`,
    sql`create index webhook_deliveries_by_subscription on webhook_deliveries (subscription_id, id)`,
    sql`create table webhook_attempts (
      id integer generated always as identity primary key,
      delivery_id integer not null references webhook_deliveries (id) on delete cascade,
      attempt integer not null,
      started_at timestamptz not null,
      latency_ms integer not null,
      succeeded boolean not null,
      response_status integer,
      response_body text,
      error text)`,
    sql`create index webhook_attempts_by_delivery on webhook_attempts (delivery_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
