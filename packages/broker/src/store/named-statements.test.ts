import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import { openPostgresTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { openDatabase, type OpenedDatabase } from './open-database.js';
import { createStore } from './store.js';

describeOnPostgres('named prepared statements', (serverUrl) => {
  let created: TestDatabase;
  let opened: OpenedDatabase;
  beforeAll(async () => {
    created = await openPostgresTestDatabase(serverUrl);
    // One connection, so the statements below and the catalogue read share it.
    opened = await openDatabase({ kind: 'postgres', url: created.url! }, { poolSize: 1 });
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
    await created?.close();
  });

  const prepared = async () =>
    (
      await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements
        where name like 'signet%' order by name`.execute(opened.db)
    ).rows;

  it('prepares a parameterised statement once per connection and answers as before', async () => {
    const store = createStore(opened.db);
    const before = await prepared();
    const service = await store.services.ensure('named-one');
    expect(await store.services.find('named-one')).toMatchObject({ id: service.id, name: 'named-one' });
    const after = await prepared();
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.some((row) => /from "services" where "name" = \$1/.test(row.statement))).toBe(true);
    // The same text again reuses its name: nothing new is prepared, and the answer is the other row's.
    await store.services.ensure('named-two');
    expect(await store.services.find('named-two')).toMatchObject({ name: 'named-two' });
    expect((await prepared()).length).toBe(after.length);
  });

  it('prepares nothing when turned off (a pooler in transaction mode)', async () => {
    const unnamed = await openDatabase(
      { kind: 'postgres', url: created.url! },
      { poolSize: 1, preparedStatements: false },
    );
    try {
      const store = createStore(unnamed.db);
      await store.services.ensure('unnamed-one');
      expect(await store.services.find('unnamed-one')).toMatchObject({ name: 'unnamed-one' });
      const mine = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements
        where name like 'signet%'`.execute(unnamed.db);
      expect(mine.rows[0]!.n).toBe(0);
    } finally {
      await unnamed.close();
    }
  });

  it('runs statements without parameters unnamed (the simple protocol)', async () => {
    const before = await prepared();
    await sql`select 1 as one`.execute(opened.db);
    expect(await prepared()).toEqual(before);
  });
});
