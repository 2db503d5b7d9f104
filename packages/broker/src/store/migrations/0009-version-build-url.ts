import { sql, type Kysely } from 'kysely';

/**
 * A version's build URL (`pact broker publish --build-url`, `buildUrl` on a version PUT): the CI run that
 * built it, shown on the version in both APIs. Null for versions that never had one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table versions add column build_url text`.execute(db);
}
