import { Migrator, sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

/** Thrown when the schema could not be brought up to date; the broker must not start on it. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Applies the migrations not yet applied, in order, under kysely's migration lock (safe when several brokers
 * start at once against one PostgreSQL). Returns the names applied now.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  if (await upToDate(db)) return [];
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'signet_migrations',
    migrationLockTableName: 'signet_migrations_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new MigrationError(
      `database migration failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/**
 * True when exactly the known migrations are recorded: nothing to do, so the start path skips kysely's migrator,
 * whose catalog introspection and lock cost 0.3–1 s on PGlite. Anything else (no table yet, a migration missing,
 * one this code does not know) goes through the migrator, which applies or refuses under its lock.
 */
async function upToDate(db: Kysely<Database>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from signet_migrations`.execute(db);
    const applied = new Set(rows.map((row) => row.name));
    const known = Object.keys(migrations);
    return applied.size === known.length && known.every((name) => applied.has(name));
  } catch {
    return false;
  }
}
