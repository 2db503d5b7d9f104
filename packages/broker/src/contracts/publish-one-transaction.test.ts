import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSha } from '../store/index.js';
import { given } from '../testing/builder.js';
import { openApiSpec, pactContract } from '../testing/documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../testing/test-database.js';
import { engineWithCompareHook } from '../testing/test-engine.js';
import { testBrokerOver, type TestBroker } from '../testing/test-broker.js';

/**
 * A publication is one transaction: the contract, its version, its comparisons and their events commit together
 * or not at all, and the comparisons stored are with the specs that matter when it commits.
 */
function describeOneTransaction(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`a contract publication on ${databaseName}`, () => {
    let database: TestDatabase;
    let broker: TestBroker;
    // `hooks.duringNextCompare` runs once inside the engine's next comparison, before it answers.
    const { engine, hooks } = engineWithCompareHook();

    beforeAll(async () => {
      database = await open();
      broker = await testBrokerOver(database, { engine });
      await given(broker)
        .spec('inventory', [['get', '/items/{id}']])
        .build();
    }, 120_000);
    afterAll(async () => {
      await broker?.close();
      await database?.close();
    });

    const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
      Number((await query.execute(database.db)).rows[0]!.n);
    /** What a publication by `consumer` left behind, table by table. */
    const traces = async (consumer: string) => ({
      versions: await count(sql`select count(*) as n from versions v join services s on s.id = v.service_id
        where s.name = ${consumer}`),
      contracts:
        await count(sql`select count(*) as n from contracts c join versions v on v.id = c.consumer_version_id
        join services s on s.id = v.service_id where s.name = ${consumer}`),
      comparisons: await count(sql`select count(*) as n from comparisons`),
      events: await count(sql`select count(*) as n from events where payload->>'consumer' = ${consumer}`),
    });

    it('stores nothing when storing its comparison fails, and answers with a problem, not a partial commit', async () => {
      const comparisonsBefore = (await traces('cart')).comparisons;
      await sql`create function fail_comparison() returns trigger language plpgsql as $$
        begin raise exception 'injected: storing a comparison failed'; end $$`.execute(database.db);
      await sql`create trigger fail_comparison before insert on comparisons
        for each row execute function fail_comparison()`.execute(database.db);
      try {
        const content = pactContract('cart', 'inventory', [['get', '/items/{id}']]);
        const native = await broker.api({
          method: 'POST',
          url: '/contracts',
          payload: { content, consumerVersion: 'c1' },
        });
        expect(native.statusCode).toBe(500);
        expect(native.headers['content-type']).toMatch(/application\/problem\+json/);
        const pact = await broker.app.inject({
          method: 'PUT',
          url: '/pacts/provider/inventory/consumer/cart/version/c2',
          payload: JSON.parse(
            pactContract('cart', 'inventory', [
              ['get', '/items/{id}'],
              ['get', '/items'],
            ]),
          ),
        });
        expect(pact.statusCode).toBe(500);
        expect(await traces('cart')).toEqual({
          versions: 0,
          contracts: 0,
          comparisons: comparisonsBefore,
          events: 0,
        });
      } finally {
        await sql`drop trigger fail_comparison on comparisons`.execute(database.db);
        await sql`drop function fail_comparison()`.execute(database.db);
      }
      // Once storing works again the same publication succeeds, whole.
      const content = pactContract('cart', 'inventory', [['get', '/items/{id}']]);
      const retried = await broker.api({
        method: 'POST',
        url: '/contracts',
        payload: { content, consumerVersion: 'c1' },
      });
      expect(retried.statusCode).toBe(201);
      expect(retried.json().comparisons).toMatchObject([{ status: 'compatible' }]);
      expect(await traces('cart')).toMatchObject({
        versions: 1,
        contracts: 1,
        comparisons: comparisonsBefore + 1,
      });
    });

    it('compares again with a spec published while it compared, never storing only the stale one', async () => {
      const newSpec = openApiSpec('inventory', [['get', '/items']]);
      hooks.duringNextCompare = async () => {
        const published = await broker.api({
          method: 'POST',
          url: '/services/inventory/specs',
          payload: { content: newSpec },
        });
        expect(published.statusCode).toBeLessThan(300);
      };
      const content = pactContract('shop', 'inventory', [['get', '/items/{id}']]);
      const response = await broker.api({
        method: 'POST',
        url: '/contracts',
        payload: { content, consumerVersion: 's1' },
      });
      expect(hooks.duringNextCompare).toBeUndefined();
      expect(response.statusCode).toBe(201);
      // The new spec has no /items/{id}: the answer is the comparison with it, not the pass against the old one.
      const comparisons = response.json().comparisons as Array<{ specSha: string; status: string }>;
      expect(comparisons.map((comparison) => [comparison.specSha, comparison.status])).toEqual([
        [contentSha(newSpec), 'incompatible'],
      ]);
      const stored = await sql<{ spec_sha: string }>`select spec_sha from comparisons
        where contract_sha = ${contentSha(content)}`.execute(database.db);
      expect(stored.rows.map((row) => row.spec_sha)).toEqual([contentSha(newSpec)]);
    });
  });
}

describeOneTransaction('PGlite', openPGliteTestDatabase);
describeOnPostgres('a contract publication in one transaction', (serverUrl) =>
  describeOneTransaction('PostgreSQL', () => openPostgresTestDatabase(serverUrl)),
);
