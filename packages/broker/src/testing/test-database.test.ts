import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../store/migrations/index.js';
import { openPGliteTestDatabase } from './test-database.js';

// The run's migrated template is built by the global setup with this run's migrations: a test database copied
// from it has every one of them recorded and runs none, so a template older than the code can never stand in.
describe('test databases from the run’s migrated PGlite template', () => {
  it('have every migration of this code applied, and apply none on open', async () => {
    const database = await openPGliteTestDatabase();
    try {
      expect(database.migrated).toEqual([]);
      const { rows } = await sql<{ name: string }>`select name from signet_migrations order by name`.execute(
        database.db,
      );
      expect(rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
    } finally {
      await database.close();
    }
  });

  it('are private copies: what one test database stores, the next does not see', async () => {
    const first = await openPGliteTestDatabase();
    try {
      await sql`insert into services (name) values ('only-in-the-first')`.execute(first.db);
    } finally {
      await first.close();
    }
    const second = await openPGliteTestDatabase();
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from services`.execute(second.db);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await second.close();
    }
  });
});
