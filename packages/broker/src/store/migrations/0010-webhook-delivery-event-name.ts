import { sql, type Kysely } from 'kysely';

/**
 * A delivery's event name as its subscription listed it (null: the Signet event's own name, as every delivery
 * before this migration) and its own template values (`context`: the required provider version of a
 * `contract_requiring_verification_published` delivery). One event may queue several deliveries to one
 * subscription, one per name it fires as and per required provider version, as Pact Broker triggers them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table webhook_deliveries
    add column event_name text,
    add column context jsonb not null default '{}'`.execute(db);
}
