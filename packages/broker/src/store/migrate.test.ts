import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import '../testing/provided-context.js';
import type { Database } from './database.js';
import { MigrationError, migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';

describe('migrateToLatest', () => {
  let root: string;
  let db: Kysely<Database>;
  const queries: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'signet-migrate-test-'));
    await cp(inject('pgliteTemplate'), root, { recursive: true });
    db = new Kysely<Database>({
      dialect: new PGliteDialect(await PGlite.create(root)),
      log: (event) => {
        queries.push(event.query.sql);
      },
    });
  });
  afterAll(async () => {
    await db.destroy();
    await rm(root, { recursive: true, force: true });
  });

  it('applies every migration to a new database, then skips the migrator with one query', async () => {
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    queries.length = 0;
    expect(await migrateToLatest(db)).toEqual([]);
    // No catalog introspection and no migration lock on an up-to-date database: one read of the applied names.
    expect(queries).toEqual(['select name from signet_migrations']);
  });

  it('still refuses a database that recorded a migration this code does not know', async () => {
    await sql`insert into signet_migrations (name, timestamp) values ('9999-from-the-future', '2030-01-01')`.execute(
      db,
    );
    await expect(migrateToLatest(db)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(db)).rejects.toThrow(/9999-from-the-future/);
  });
});
