import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSha } from '../store/index.js';
import { openApiSpec, pactContract } from '../testing/documents.js';
import { asyncApiSpec, mixedPact } from '../testing/message-documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../testing/test-database.js';
import { engineWithCompareHook } from '../testing/test-engine.js';
import { testBrokerOver, type TestBroker } from '../testing/test-broker.js';

interface Published {
  spec: { kind: string; contentSha: string; setSha: string };
  comparisons: Array<{ contractSha: string; specSha: string; status: string }>;
}

/**
 * A spec publication is one transaction: the spec, its version, the rekeying of the version's specs, its event,
 * its comparisons and their events commit together or not at all, and the comparisons stored are with the
 * contracts that matter, under the version's spec key, when it commits.
 */
function describeOneTransaction(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`a spec publication on ${databaseName}`, () => {
    let database: TestDatabase;
    let broker: TestBroker;
    // `hooks.duringNextCompare` runs once inside the engine's next comparison, before it answers.
    const { engine, hooks } = engineWithCompareHook();

    beforeAll(async () => {
      database = await open();
      broker = await testBrokerOver(database, { engine });
    }, 120_000);
    afterAll(async () => {
      await broker?.close();
      await database?.close();
    });

    const publishSpec = (provider: string, content: string, version?: string) =>
      broker.api({ method: 'POST', url: `/services/${provider}/specs`, payload: { content, version } });
    const publishContract = async (content: string, consumerVersion: string) => {
      const response = await broker.api({
        method: 'POST',
        url: '/contracts',
        payload: { content, consumerVersion },
      });
      expect(response.statusCode).toBe(201);
    };
    const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
      Number((await query.execute(database.db)).rows[0]!.n);
    /** What the provider's publications left behind, table by table, and the keys of its version's specs. */
    const traces = async (provider: string, version: string) => ({
      versions: await count(sql`select count(*) as n from versions v join services s on s.id = v.service_id
        where s.name = ${provider} and v.number = ${version}`),
      specs: await count(sql`select count(*) as n from specs p join services s on s.id = p.service_id
        where s.name = ${provider}`),
      setKeys: (
        await sql<{ set_sha: string }>`select p.set_sha from specs p join services s on s.id = p.service_id
          where s.name = ${provider} order by p.kind`.execute(database.db)
      ).rows.map((row) => row.set_sha),
      comparisons: await count(sql`select count(*) as n from comparisons`),
      // The spec's event and its comparisons' events (a comparison event names its provider too).
      events: await count(sql`select count(*) as n from events
        where (type = 'spec.published' or type like 'comparison.%') and payload->>'provider' = ${provider}`),
    });
    const failStoringComparisons = async <T>(work: () => Promise<T>): Promise<T> => {
      await sql`create function fail_comparison() returns trigger language plpgsql as $$
        begin raise exception 'injected: storing a comparison failed'; end $$`.execute(database.db);
      await sql`create trigger fail_comparison before insert on comparisons
        for each row execute function fail_comparison()`.execute(database.db);
      try {
        return await work();
      } finally {
        await sql`drop trigger fail_comparison on comparisons`.execute(database.db);
        await sql`drop function fail_comparison()`.execute(database.db);
      }
    };

    it('stores nothing when storing its comparison fails, and answers with a problem, not a partial commit', async () => {
      await publishContract(pactContract('cart', 'inventory', [['get', '/items/{id}']]), 'c1');
      const before = await traces('inventory', 'i1');
      const spec = openApiSpec('inventory', [['get', '/items/{id}']]);
      const failed = await failStoringComparisons(() => publishSpec('inventory', spec, 'i1'));
      expect(failed.statusCode).toBe(500);
      expect(failed.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await traces('inventory', 'i1')).toEqual(before);
      expect(before).toMatchObject({ versions: 0, specs: 0, events: 0 });
      // Once storing works again the same publication succeeds, whole.
      const retried = await publishSpec('inventory', spec, 'i1');
      expect(retried.statusCode).toBe(201);
      expect(retried.json<Published>().comparisons).toMatchObject([{ status: 'compatible' }]);
      expect(await traces('inventory', 'i1')).toMatchObject({
        versions: 1,
        specs: 1,
        comparisons: before.comparisons + 1,
        events: 2,
      });
    });

    it('leaves a two-spec version unrekeyed when storing the comparison with the new set fails', async () => {
      await publishContract(mixedPact('audit', 'users'), 'a1');
      const http = openApiSpec('users', [['get', '/items/{id}']]);
      expect((await publishSpec('users', http, 'u1')).statusCode).toBe(201);
      const before = await traces('users', 'u1');
      expect(before.setKeys).toEqual([contentSha(http)]);
      const messages = asyncApiSpec({ type: 'object', properties: { id: { type: 'string' } } });
      const failed = await failStoringComparisons(() => publishSpec('users', messages, 'u1'));
      expect(failed.statusCode).toBe(500);
      expect(failed.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await traces('users', 'u1')).toEqual(before);
      const retried = await publishSpec('users', messages, 'u1');
      expect(retried.statusCode).toBe(201);
      const { spec, comparisons } = retried.json<Published>();
      expect(spec.setSha).not.toBe(spec.contentSha);
      expect(comparisons).toMatchObject([{ specSha: spec.setSha, status: 'compatible' }]);
      expect((await traces('users', 'u1')).setKeys).toEqual([spec.setSha, spec.setSha]);
    });

    it('compares again with a contract published while it compared, storing every pair that matters', async () => {
      await publishContract(pactContract('basket', 'stock', [['get', '/items/{id}']]), 'b1');
      const lateContract = pactContract('shop', 'stock', [['get', '/items']]);
      hooks.duringNextCompare = () => publishContract(lateContract, 's1');
      const spec = openApiSpec('stock', [['get', '/items/{id}']]);
      const response = await publishSpec('stock', spec, 'st1');
      expect(hooks.duringNextCompare).toBeUndefined();
      expect(response.statusCode).toBe(201);
      // The late contract asks for /items, which this spec lacks: its pair is compared, incompatible.
      const comparisons = response.json<Published>().comparisons;
      expect(
        comparisons.find((comparison) => comparison.contractSha === contentSha(lateContract)),
      ).toMatchObject({ specSha: contentSha(spec), status: 'incompatible' });
      expect(comparisons).toHaveLength(2);
      const stored = await count(
        sql`select count(*) as n from comparisons where spec_sha = ${contentSha(spec)}`,
      );
      expect(stored).toBe(2);
    });

    it('compares again when the version’s other spec arrives meanwhile, storing nothing under a stale set', async () => {
      await publishContract(mixedPact('ledger', 'billing'), 'l1');
      const messages = asyncApiSpec({ type: 'object', properties: { id: { type: 'string' } } });
      const http = openApiSpec('billing', [['get', '/items/{id}']]);
      // The AsyncAPI publication's comparison runs first (alone, a mixed pact misses its HTTP half); then the
      // OpenAPI one is published while it compares, so the version's key becomes the set over both.
      hooks.duringNextCompare = async () => {
        expect((await publishSpec('billing', http, 'b1')).statusCode).toBe(201);
      };
      const response = await publishSpec('billing', messages, 'b1');
      expect(hooks.duringNextCompare).toBeUndefined();
      expect(response.statusCode).toBe(201);
      const { spec, comparisons } = response.json<Published>();
      expect(spec.setSha).not.toBe(spec.contentSha);
      expect(comparisons).toMatchObject([{ specSha: spec.setSha, status: 'compatible' }]);
      const keys = await sql<{ spec_sha: string }>`select spec_sha from comparisons
        where contract_sha = ${contentSha(mixedPact('ledger', 'billing'))} order by spec_sha`.execute(
        database.db,
      );
      // The OpenAPI publication compared with its own sha before the set existed (the key it had when it
      // committed) and this one with the set; the AsyncAPI spec alone, compared first, was never stored.
      expect(keys.rows.map((row) => row.spec_sha).sort()).toEqual([contentSha(http), spec.setSha].sort());
      expect(keys.rows.map((row) => row.spec_sha)).not.toContain(contentSha(messages));
    });

    it('stores only right answers when specs and contracts of one provider are published at once', async () => {
      // Even-numbered specs serve GET /items, which every contract asks for; odd-numbered ones do not.
      const specs = [0, 1, 2, 3, 4, 5].map((i) =>
        openApiSpec(`catalog-${i}`, i % 2 === 0 ? [['get', '/items']] : [['get', '/items/{id}']]),
      );
      const contracts = [0, 1, 2, 3, 4, 5].map((i) =>
        pactContract(`buyer-${i}`, 'catalog', [['get', '/items']]),
      );
      const answers = await Promise.all([
        ...specs.map((spec, i) => publishSpec('catalog', spec, `cat-${i}`)),
        ...contracts.map((content, i) =>
          broker.api({ method: 'POST', url: '/contracts', payload: { content, consumerVersion: `b${i}` } }),
        ),
      ]);
      expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 201));
      const expected = new Map(
        specs.map((spec, i) => [contentSha(spec), i % 2 === 0 ? 'compatible' : 'incompatible']),
      );
      const contractShas = contracts.map((content) => contentSha(content));
      const stored = await sql<{ contract_sha: string; spec_sha: string; status: string }>`
        select contract_sha, spec_sha, status from comparisons
        where contract_sha in (${sql.join(contractShas)})`.execute(database.db);
      for (const row of stored.rows) expect(row.status).toBe(expected.get(row.spec_sha));
      // And what each publication answered is what was stored (nothing answered that was rolled back).
      const answered = answers.flatMap((answer) => answer.json<Published>().comparisons);
      const storedPairs = new Set(stored.rows.map((row) => `${row.contract_sha}:${row.spec_sha}`));
      for (const comparison of answered) {
        expect(storedPairs).toContain(`${comparison.contractSha}:${comparison.specSha}`);
        expect(comparison.status).toBe(expected.get(comparison.specSha));
      }
      expect(stored.rows.length).toBeGreaterThan(0);
    });
  });
}

describeOneTransaction('PGlite', openPGliteTestDatabase);
describeOnPostgres('a spec publication in one transaction', (serverUrl) =>
  describeOneTransaction('PostgreSQL', () => openPostgresTestDatabase(serverUrl)),
);
