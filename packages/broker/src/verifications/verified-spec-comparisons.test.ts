import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec, pactContract } from '../testing/documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import { testBrokerOver, type TestBroker } from '../testing/test-broker.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../testing/test-database.js';

/**
 * A successful spec verification is one write (the verification and its event); comparing the verified spec with
 * the contracts that matter follows it and is derived data. When that comparing fails, the verification stands
 * and is answered 201, never a 500 for a request whose write has committed; the pair stays uncompared until
 * something needs it.
 */
function describeVerifiedSpecComparisons(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`comparisons after a spec verification on ${databaseName}`, () => {
    let database: TestDatabase;
    let broker: TestBroker;
    const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
      broker.api({ method, url, ...(payload && { payload }) });
    const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
      Number((await query.execute(database.db)).rows[0]!.n);
    const comparisons = () => count(sql`select count(*) as n from comparisons`);

    beforeAll(async () => {
      database = await open();
      broker = await testBrokerOver(database);
    }, 120_000);
    afterAll(async () => {
      await broker?.close();
      await database?.close();
    });

    it('keeps the verification when storing its comparison fails, then compares on the next one', async () => {
      const spec = openApiSpec('inventory', [['get', '/items/{id}']]);
      expect(
        (await api('POST', '/services/inventory/specs', { content: spec, version: 'i1' })).statusCode,
      ).toBe(201);
      const contract = pactContract('cart', 'inventory', [['get', '/items/{id}']]);
      expect((await api('POST', '/contracts', { content: contract, consumerVersion: 'c1' })).statusCode).toBe(
        201,
      );
      // The pair as if it had never been compared, and storing a comparison failing from here on.
      await sql`delete from comparisons`.execute(database.db);
      await sql`create function fail_comparison() returns trigger language plpgsql as $$
        begin raise exception 'injected: storing a comparison failed'; end $$`.execute(database.db);
      await sql`create trigger fail_comparison before insert on comparisons
        for each row execute function fail_comparison()`.execute(database.db);
      let recorded;
      try {
        recorded = await api('POST', '/services/inventory/versions/i1/verifications', { success: true });
      } finally {
        await sql`drop trigger fail_comparison on comparisons`.execute(database.db);
        await sql`drop function fail_comparison()`.execute(database.db);
      }
      expect(recorded.statusCode, recorded.body).toBe(201);
      expect(recorded.json()).toMatchObject({ kind: 'spec', success: true });
      const listed = await api('GET', '/services/inventory/versions/i1/verifications');
      expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1);
      expect(await comparisons()).toBe(0);
      // Nothing was lost: the next verification compares the pair and stores it.
      expect(
        (await api('POST', '/services/inventory/versions/i1/verifications', { success: true })).statusCode,
      ).toBe(201);
      expect(await comparisons()).toBe(1);
    });
  });
}

describeVerifiedSpecComparisons('PGlite', openPGliteTestDatabase);
describeOnPostgres('comparisons after a spec verification', (serverUrl) =>
  describeVerifiedSpecComparisons('PostgreSQL', () => openPostgresTestDatabase(serverUrl)),
);
