import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { defaultLimits } from '../deps.js';
import { createStore, openDatabase, type OpenedDatabase } from '../store/index.js';
import { openApiSpec } from '../testing/documents.js';
import { asyncApiSpec, mixedPact } from '../testing/message-documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import { openPostgresTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { testEngine } from '../testing/test-engine.js';

type App = Awaited<ReturnType<typeof buildApp>>;
const http = openApiSpec('users', [['get', '/items/{id}']]);
const messages = asyncApiSpec({ type: 'object', properties: { id: { type: 'string' } } });
const ROUNDS = 6;

// The two halves of a provider version (OpenAPI and AsyncAPI spec) verified at the same moment, through two
// brokers with their own connection pools: the version's spec-set key must stand exactly when both newest
// verifications succeeded (verified-spec-key.ts), whatever order the writes land in. No lost update, no false yes.
describeOnPostgres('verifying both halves of a spec set at once', (serverUrl) => {
  let database: TestDatabase;
  let second: OpenedDatabase;
  const apps: App[] = [];
  const call = async (app: App, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app.inject({ method, url: `/api/v1${url}`, ...(payload && { payload }) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response;
  };

  beforeAll(async () => {
    database = await openPostgresTestDatabase(serverUrl);
    const url = new URL(serverUrl);
    const name = await database.db
      .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
      .executeTakeFirstOrThrow();
    url.pathname = `/${name.name}`;
    second = await openDatabase({ kind: 'postgres', url: url.toString() });
    for (const db of [database.db, second.db])
      apps.push(
        await buildApp({
          store: createStore(db),
          engine: testEngine,
          limits: defaultLimits,
          auth: { mode: 'open' },
        }),
      );
    const [one] = apps as [App, App];
    await call(one, 'POST', '/environments', { name: 'production', production: true });
    await call(one, 'POST', '/contracts', { content: mixedPact('audit', 'users'), consumerVersion: 'a1' });
    await call(one, 'POST', '/environments/production/deployments', { service: 'audit', version: 'a1' });
  }, 120_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await second?.close();
    await database?.close();
  });

  /** Publishes version `v` with both specs and deploys it; returns its AsyncAPI spec's sha. */
  const providerVersion = async (v: string): Promise<string> => {
    const [one] = apps as [App, App];
    await call(one, 'POST', '/services/users/specs', { content: http, version: v });
    const published = await call(one, 'POST', '/services/users/specs', { content: messages, version: v });
    await call(one, 'POST', '/environments/production/deployments', { service: 'users', version: v });
    return published.json<{ spec: { contentSha: string } }>().spec.contentSha;
  };
  const verdict = async (v: string) => {
    const [one] = apps as [App, App];
    const answer = await call(
      one,
      'GET',
      '/deploy-guard?service=users&version=' + v + '&environment=production',
    );
    return answer.json<{ verdict: string }>().verdict;
  };
  const consumerVerdict = async () => {
    const [, two] = apps as [App, App];
    const answer = await call(two, 'GET', '/deploy-guard?service=audit&version=a1&environment=production');
    return answer.json<{ verdict: string }>().verdict;
  };
  const matrixStatus = async (v: string) => {
    const [one] = apps as [App, App];
    const page = await call(one, 'GET', '/matrix?consumer=audit');
    const rows = page.json<{ items: Array<{ provider: { version: string | null }; status: string }> }>()
      .items;
    return rows.filter((row) => row.provider.version === v).map((row) => row.status);
  };

  it('keys the version by its spec set when both halves pass at once, in either order of arrival', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const v = `u${round}`;
      const asyncSha = await providerVersion(v);
      const [one, two] = (round % 2 === 0 ? apps : [...apps].reverse()) as [App, App];
      await Promise.all([
        call(one, 'POST', `/services/users/versions/${v}/verifications`, { success: true }),
        call(two, 'POST', `/services/users/versions/${v}/verifications`, {
          success: true,
          specSha: asyncSha,
        }),
      ]);
      expect(await verdict(v), v).toBe('safe');
      // The consumer of its messages is judged against both halves: compatible, so it may stay deployed.
      expect(await consumerVerdict(), v).toBe('safe');
      expect(await matrixStatus(v), v).toEqual(['compatible']);
    }
  });

  it('never stands for the set when one half fails, though both were recorded at the same moment', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const v = `f${round}`;
      const asyncSha = await providerVersion(v);
      const [one, two] = (round % 2 === 0 ? apps : [...apps].reverse()) as [App, App];
      const failingAsync = round < ROUNDS / 2;
      await Promise.all([
        call(one, 'POST', `/services/users/versions/${v}/verifications`, {
          success: !failingAsync ? false : true,
        }),
        call(two, 'POST', `/services/users/versions/${v}/verifications`, {
          success: !failingAsync,
          specSha: asyncSha,
        }),
      ]);
      // With its OpenAPI half alone verified, the message consumer must not pass; with its AsyncAPI half alone
      // verified (the default OpenAPI verification failed), the version's newest verification failed.
      const statuses = await matrixStatus(v);
      expect(statuses, v).toHaveLength(1);
      expect(statuses, v).not.toContain('compatible');
      expect(await consumerVerdict(), v).not.toBe('safe');
    }
  });
});
