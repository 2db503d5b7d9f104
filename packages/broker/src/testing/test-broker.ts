import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { defaultLimits, type BrokerDeps } from '../deps.js';
import { createStore } from '../store/index.js';
import { openPGliteTestDatabase, type TestDatabase } from './test-database.js';
import { testEngine } from './test-engine.js';

/** A broker app over a private PGlite copy, driven in-process with `inject`. */
export interface TestBroker {
  app: FastifyInstance;
  deps: BrokerDeps;
  /** `inject` with the `/api/v1` prefix added to `url`. */
  api(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestBroker(overrides: Partial<BrokerDeps> = {}): Promise<TestBroker> {
  const database = await openPGliteTestDatabase();
  const broker = await testBrokerOver(database, overrides);
  return {
    ...broker,
    close: async () => {
      await broker.close();
      await database.close();
    },
  };
}

/** A broker app over a database the caller opened (PGlite or PostgreSQL) and closes; `close` closes the app. */
export async function testBrokerOver(
  database: TestDatabase,
  overrides: Partial<BrokerDeps> = {},
): Promise<TestBroker> {
  const deps: BrokerDeps = {
    store: createStore(database.db),
    engine: overrides.engine ?? testEngine,
    limits: overrides.limits ?? defaultLimits,
    auth: overrides.auth ?? { mode: 'open' },
    // Read when routes are registered (public badge access), so it is given here, not set afterwards.
    ...(overrides.pact !== undefined && { pact: overrides.pact }),
  };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    api: (options) => app.inject({ ...options, url: `/api/v1${options.url}` }),
    close: () => app.close(),
  };
}
