import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { defaultLimits } from './deps.js';
import { createStore, openDatabase, type OpenedDatabase } from './store/index.js';
import { pactContract } from './testing/documents.js';
import { describeOnPostgres } from './testing/postgres-suite.js';
import { openPostgresTestDatabase, type TestDatabase } from './testing/test-database.js';
import { testEngine } from './testing/test-engine.js';

// Two brokers (each with its own connection pool, as two processes would have) sharing one database.
describeOnPostgres('two brokers sharing one database', (serverUrl) => {
  let database: TestDatabase;
  let second: OpenedDatabase;
  const apps: Array<Awaited<ReturnType<typeof buildApp>>> = [];

  beforeAll(async () => {
    database = await openPostgresTestDatabase(serverUrl);
    const url = new URL(serverUrl);
    url.pathname = (
      await database.db
        .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
        .executeTakeFirstOrThrow()
    ).name;
    url.pathname = `/${url.pathname.replace(/^\//, '')}`;
    second = await openDatabase({ kind: 'postgres', url: url.toString() });
    for (const db of [database.db, second.db]) {
      apps.push(
        await buildApp({
          store: createStore(db),
          engine: testEngine,
          limits: defaultLimits,
          auth: { mode: 'open' },
        }),
      );
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await second?.close();
    await database?.close();
  });

  it('publishes through one broker and reads through the other', async () => {
    const content = pactContract('cart', 'inventory', [['get', '/items/{id}']]);
    const published = await apps[0]!.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      payload: { content, consumerVersion: 'c1' },
    });
    expect(published.statusCode).toBe(201);
    const read = await apps[1]!.inject({ method: 'GET', url: '/api/v1/contracts?consumer=cart' });
    expect(read.json().items).toEqual([
      expect.objectContaining({ consumerVersion: 'c1', provider: 'inventory' }),
    ]);
  });

  it('keeps exactly one contract when both brokers publish the same version concurrently', async () => {
    const content = pactContract('basket', 'inventory', [['get', '/items/{id}']]);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        apps[i % 2]!.inject({
          method: 'POST',
          url: '/api/v1/contracts',
          payload: { content, consumerVersion: 'b1' },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual(
      [200, 200, 200, 200, 200, 200, 200, 200, 200, 201].slice(0, 10).sort(),
    );
    const listed = await apps[1]!.inject({ method: 'GET', url: '/api/v1/contracts?consumer=basket' });
    expect(listed.json().items).toHaveLength(1);
  });

  it('lets one of two conflicting concurrent publications win and refuses the other with 409', async () => {
    const contents = [1, 2].map((n) => pactContract('trolley', 'inventory', [['get', `/items${n}/{id}`]]));
    const responses = await Promise.all(
      contents.map((content, i) =>
        apps[i]!.inject({
          method: 'POST',
          url: '/api/v1/contracts',
          payload: { content, consumerVersion: 't1' },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const stored = (
      await apps[0]!.inject({ method: 'GET', url: '/api/v1/contracts?consumer=trolley' })
    ).json().items;
    expect(stored).toHaveLength(1);
    const winner = responses.find((response) => response.statusCode === 201)!.json();
    expect(stored[0].contentSha).toBe(winner.contract.contentSha);
  });
});
