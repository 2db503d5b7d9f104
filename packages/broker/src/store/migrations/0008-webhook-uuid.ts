import { sql, type Kysely } from 'kysely';

/**
 * Webhook uuids, as the Pact API names webhooks: a client may choose one (`create-or-update-webhook --uuid`),
 * existing webhooks get a random one. `/api/v1` keeps using the numeric id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table webhook_subscriptions
    add column uuid text not null default gen_random_uuid()::text`.execute(db);
  await sql`create unique index webhook_subscriptions_uuid on webhook_subscriptions (uuid)`.execute(db);
}
