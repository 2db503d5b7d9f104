import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { defaultLimits } from '../deps.js';
import { createStore } from '../store/index.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../testing/test-database.js';
import { testEngine } from '../testing/test-engine.js';
import { serializeLoggedError } from './log-safe-error.js';

const secret = 'whsec-do-not-log-me-0123';
const credential = 'Bearer sgt_do-not-log-this-credential';

/** A webhook insert that fails (no URL), carrying a secret and a credential header as parameters. */
async function failedInsert(database: TestDatabase): Promise<unknown> {
  return sql`insert into webhook_subscriptions (events, method, url, headers, secret)
    values (${'{spec.published}'}, ${'POST'}, ${null}, ${JSON.stringify({ Authorization: credential })}, ${secret})`
    .execute(database.db)
    .then(
      () => expect.fail('the insert should have failed'),
      (error: unknown) => error,
    );
}

function suite(open: () => Promise<TestDatabase>) {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it('logs what failed (code, table, column, SQL) but no parameter, row or value', async () => {
    const error = await failedInsert(database);
    const logged = JSON.stringify(serializeLoggedError(error));
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain('sgt_do-not-log-this-credential');
    expect(serializeLoggedError(error)).toMatchObject({ code: '23502', column: 'url' });
  });

  it('redacts the value a data error quotes in its message', async () => {
    const error = await sql`select ${secret}::integer`.execute(database.db).then(
      () => expect.fail('the cast should have failed'),
      (thrown: unknown) => thrown,
    );
    const logged = serializeLoggedError(new Error('publishing failed', { cause: error })) as unknown as {
      cause: { message: string; stack: string };
    };
    expect(JSON.stringify(logged)).not.toContain(secret);
    expect(logged.cause.message).toBe('invalid input syntax for type integer: "[redacted]"');
    expect(logged.cause.stack).toMatch(/^\w+: invalid input syntax for type integer: "\[redacted\]"\n\s+at /);
  });
}

describe('serializeLoggedError on PGlite', () => suite(openPGliteTestDatabase));
describeOnPostgres('serializeLoggedError', (url) => suite(() => openPostgresTestDatabase(url)));

describe('the broker log', () => {
  it('records a failed webhook insert without its secret or credential headers', async () => {
    const database = await openPGliteTestDatabase();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const store = createStore(database.db);
    // The insert fails in the database with the request's secret and headers among its parameters.
    store.webhooks.subscriptions.create = async () => {
      throw await failedInsert(database);
    };
    const app = await buildApp(
      { store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } },
      { logger: { level: 'error', stream } },
    );
    try {
      const answer = await app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        payload: {
          events: ['spec.published'],
          url: 'https://hooks.example.com/x',
          secret,
          headers: { Authorization: credential },
        },
      });
      expect(answer.statusCode).toBe(500);
      const log = lines.join('');
      expect(log).toContain('request failed');
      expect(log).toContain('23502');
      expect(log).not.toContain(secret);
      expect(log).not.toContain('sgt_do-not-log-this-credential');
    } finally {
      await app.close();
      await database.close();
    }
  });
});
