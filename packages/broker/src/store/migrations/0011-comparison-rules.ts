import { sql, type Kysely } from 'kysely';

/**
 * The comparison rules (core's `comparisonRules`) each stored comparison was computed with. Rows from before get
 * '' and so count as not compared: the deploy guard computes them again with the current rules.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table comparisons add column rules text not null default ''`.execute(db);
}
