import { sql, type Kysely } from 'kysely';

/**
 * Each webhook attempt keeps the request it sent (method, URL, headers, the start of the body; secrets
 * redacted), shown beside the response in the delivery log. Null for attempts recorded before this, and for
 * an attempt that failed before a request was built.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table webhook_attempts add column request jsonb`.execute(db);
}
