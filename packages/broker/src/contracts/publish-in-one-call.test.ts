import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { defaultLimits, type BrokerDeps } from '../deps.js';
import { ConflictError } from '../errors/broker-error.js';
import { createStore } from '../store/index.js';
import { given } from '../testing/builder.js';
import { pactContract } from '../testing/documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../testing/test-database.js';
import { testEngine } from '../testing/test-engine.js';
import type { TestBroker } from '../testing/test-broker.js';
import { prepareContract, storePreparedContract, type PublishContractInput } from './publish-contract.js';
import { publishInOneCall } from './publish-in-one-call.js';
import { storeWithComparisons } from './store-with-comparisons.js';

type Path = 'one call' | 'transaction';

/** Publishes one contract by the given path; a conflict is answered as the string `conflict`. */
async function publishBy(path: Path, deps: BrokerDeps, input: PublishContractInput) {
  const prepared = prepareContract(deps, input);
  if (path === 'one call') {
    const answer = await publishInOneCall(deps, prepared);
    expect(answer).not.toBe('webhooks');
    return answer;
  }
  try {
    const [result] = await storeWithComparisons(deps, [prepared], async (store) => [
      await storePreparedContract(store, prepared),
    ]);
    return result!;
  } catch (error) {
    if (error instanceof ConflictError) return 'conflict';
    throw error;
  }
}

/** Every row a publication can write, without the clock's columns. */
async function dump(database: TestDatabase) {
  const rows = async (query: ReturnType<typeof sql<Record<string, unknown>>>) =>
    (await query.execute(database.db)).rows;
  return {
    services: await rows(sql`select id, name, main_branch from services order by id`),
    versions: await rows(sql`select id, service_id, number, branch from versions order by id`),
    branches: await rows(sql`select id, service_id, version_id, name from version_branches order by id`),
    tags: await rows(sql`select version_id, name from version_tags order by version_id, name`),
    branchHeads: await rows(sql`select * from branch_heads order by service_id, name`),
    tagHeads: await rows(sql`select * from tag_heads order by service_id, name`),
    documents: await rows(sql`select sha256, byte_size from documents order by sha256`),
    contracts: await rows(
      sql`select id, consumer_version_id, provider_id, content_sha from contracts order by id`,
    ),
    integrations: await rows(sql`select * from integrations order by consumer_id, provider_id`),
    comparisons: await rows(sql`select contract_sha, spec_sha, status, summary, findings, error, rules
      from comparisons order by contract_sha, spec_sha`),
    events: await rows(sql`select id, type, service_id, payload from events order by id`),
  };
}

/** What a publication answers, without the clock's fields. */
function withoutClock(answer: Awaited<ReturnType<typeof publishBy>>) {
  if (answer === 'conflict' || answer === 'webhooks') return answer;
  const { createdAt: _created, updatedAt: _updated, ...contract } = answer.contract;
  return {
    contract,
    outcome: answer.outcome,
    comparisons: answer.comparisons.map(({ createdAt: _at, ...comparison }) => comparison),
  };
}

const itemsById = pactContract('cart', 'inventory', [['get', '/items/{id}']]);
const itemsList = pactContract('cart', 'inventory', [['get', '/items']]);
/** Publications covering each branch of the write: new, announced again, replaced, refused, reused, new provider. */
const publications: PublishContractInput[] = [
  { content: itemsById, consumerVersion: 'c1', branch: 'main', tags: ['prod', 'prod', 'test'] },
  { content: itemsById, consumerVersion: 'c1', branch: 'main', announceUnchanged: true },
  { content: itemsById, consumerVersion: 'c1' },
  { content: itemsList, consumerVersion: 'c1', overwrite: true },
  { content: itemsById, consumerVersion: 'c1', branch: 'feature' },
  { content: itemsList, consumerVersion: 'c2' },
  { content: pactContract('shop', 'payments', [['get', '/pay']]), consumerVersion: 's1', branch: 'feature' },
  {
    content: pactContract('shop', 'inventory', [['get', '/items']]),
    consumerVersion: 's1',
    branch: 'develop',
  },
];

function describeOneCall(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`a contract publication in one call on ${databaseName}`, () => {
    const databases: TestDatabase[] = [];
    const brokers: TestBroker[] = [];

    const startBroker = async (): Promise<TestBroker> => {
      const database = await open();
      databases.push(database);
      const deps: BrokerDeps = {
        store: createStore(database.db),
        engine: testEngine,
        limits: defaultLimits,
        auth: { mode: 'open' },
      };
      const app = await buildApp(deps);
      const broker: TestBroker = {
        app,
        deps,
        api: (options) => app.inject({ ...options, url: `/api/v1${options.url}` }),
        close: () => app.close(),
      };
      brokers.push(broker);
      // Two specs matter: the deployed, verified one and the latest.
      await given(broker)
        .environment('production', { production: true })
        .spec('inventory', [['get', '/items/{id}']], { version: 'inv1' })
        .verified('inventory', 'inv1')
        .deployed('inventory', 'inv1', 'production')
        .spec(
          'inventory',
          [
            ['get', '/items/{id}'],
            ['get', '/items'],
          ],
          { version: 'inv2' },
        )
        .build();
      return broker;
    };

    beforeAll(async () => {
      await startBroker();
      await startBroker();
    }, 180_000);
    afterAll(async () => {
      for (const broker of brokers) await broker.close();
      for (const database of databases) await database.close();
    });

    it('writes the same rows and answers the same as the transaction it replaces', async () => {
      const [oneCall, transaction] = brokers as [TestBroker, TestBroker];
      const answers: Record<Path, unknown[]> = { 'one call': [], transaction: [] };
      for (const input of publications) {
        answers['one call'].push(withoutClock(await publishBy('one call', oneCall.deps, input)));
        answers.transaction.push(withoutClock(await publishBy('transaction', transaction.deps, input)));
      }
      expect(answers['one call']).toEqual(answers.transaction);
      expect(answers['one call'].map((answer) => (answer as { outcome?: string }).outcome ?? answer)).toEqual(
        ['created', 'unchanged', 'unchanged', 'replaced', 'conflict', 'created', 'created', 'created'],
      );
      const [written, expected] = [await dump(databases[0]!), await dump(databases[1]!)];
      expect(written).toEqual(expected);
      expect(written.events.map((event) => event.type)).toContain('contract.content_changed');
      // Each inventory contract content with both specs that matter.
      expect(new Set(written.comparisons.map((row) => row.spec_sha)).size).toBe(2);
      expect(written.comparisons.length).toBeGreaterThanOrEqual(4);
    });

    it('leaves a publication a webhook may fire for to the outbox, which queues its delivery', async () => {
      const broker = brokers[0]!;
      const database = databases[0]!;
      await sql`insert into webhook_subscriptions (events, method, url)
        values ('{contract_published}', 'POST', 'http://127.0.0.1:9/hook')`.execute(database.db);
      try {
        const input = {
          content: pactContract('till', 'inventory', [['get', '/items/{id}']]),
          consumerVersion: 't1',
        };
        const before = await dump(database);
        expect(await publishInOneCall(broker.deps, prepareContract(broker.deps, input))).toBe('webhooks');
        expect(await dump(database)).toEqual(before);
        const response = await broker.api({ method: 'POST', url: '/contracts', payload: input });
        expect(response.statusCode).toBe(201);
        const { rows } = await sql<{ n: number }>`select count(*)::integer as n from webhook_deliveries d
          join events e on e.id = d.event_id where e.payload->>'consumer' = 'till'`.execute(database.db);
        expect(rows[0]!.n).toBe(1);
      } finally {
        await sql`delete from webhook_deliveries`.execute(database.db);
        await sql`delete from webhook_subscriptions`.execute(database.db);
      }
    });
  });
}

describeOneCall('PGlite', openPGliteTestDatabase);
describeOnPostgres('a contract publication in one call', (serverUrl) =>
  describeOneCall('PostgreSQL', () => openPostgresTestDatabase(serverUrl)),
);
