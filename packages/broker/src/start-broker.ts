import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { AuthConfig } from './auth/auth-config.js';
import { hashToken } from './auth/tokens.js';
import type { BrokerConfig } from './config/broker-config.js';
import { defaultLimits } from './deps.js';
import type { Engine } from './engine.js';
import { createPoolEngine, defaultEngineSettings } from './engine-pool/index.js';
import { createStore, openDatabase, type DatabaseLocation, type OpenedDatabase } from './store/index.js';
import {
  startDeliveryWorker,
  webhookRuntime,
  type DeliveryWorker,
  type WebhookSettings,
} from './webhooks/index.js';

export interface StartOptions {
  /**
   * The engine; default: a worker pool sized and time-limited by `config.engine`, closed with the broker.
   * Tests pass the in-process engine (`testing/test-engine.ts`) or a stub.
   */
  engine?: Engine;
  logger?: FastifyServerOptions['logger'];
  /** Where to say what is happening before the logger exists (the first-start notice). */
  notify?: (message: string) => void;
  /** Webhook delivery settings; default: `config.webhooks` (parsed from the environment with the rest). */
  webhooks?: WebhookSettings;
}

/** A listening broker. `close` stops accepting requests, lets in-flight ones finish, then closes the database. */
export interface RunningBroker {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Opens (and migrates) the database, then listens. */
export async function startBroker(config: BrokerConfig, options: StartOptions): Promise<RunningBroker> {
  const location: DatabaseLocation =
    config.databaseUrl === undefined
      ? { kind: 'embedded', dataDir: config.dataDir }
      : { kind: 'postgres', url: config.databaseUrl };
  // The HTTP application's modules load while PGlite reads and compiles its WebAssembly (off the main thread).
  const [database, { buildApp }] = await bothOrNeither(
    openDatabase(location, {
      preparedStatements: config.preparedStatements,
      onInitialise: (dataDir) =>
        options.notify?.(
          `initialising embedded database in ${dataDir} (no template was built: first start takes ~20 s)`,
        ),
      onSeeded: (dataDir) =>
        options.notify?.(`created embedded database in ${dataDir} from the install's template`),
    }),
    import('./app.js'),
  );
  if (database.migrated.length > 0)
    options.notify?.(
      `applied ${database.migrated.length} database migration(s): ${database.migrated.join(', ')}`,
    );
  const store = createStore(database.db);
  const { engine, closeEngine } = engineOf(config, options.engine);
  const webhooks = webhookRuntime(options.webhooks ?? config.webhooks);
  const app = await buildApp(
    {
      store,
      webhooks,
      engine,
      limits: {
        ...defaultLimits,
        maxDocumentBytes: config.maxDocumentBytes,
        rateLimit: config.rateLimit,
        authFailureLimit: config.authFailureLimit,
      },
      auth: authConfig(config),
      pact: config.pact,
    },
    { logger: options.logger ?? false },
  );
  const firstResponse = onFirstResponse(app);
  try {
    const url = await app.listen({ port: config.port, host: config.host });
    // Links in webhook bodies point where this broker listens, unless a public URL is configured; known only now.
    const delivery = webhookRuntime(webhooks.settings, url);
    // Every broker process drains the shared outbox; stopped after the last request, before the database.
    const worker = startWorkerAfter(firstResponse, () =>
      startDeliveryWorker(store, delivery, (error) => app.log.error({ err: error }, 'webhook delivery')),
    );
    return {
      app,
      url,
      close: async () => {
        await app.close();
        await worker.stop();
        // After the last request: nothing waits on the engine any more.
        await closeEngine();
        await database.close();
      },
    };
  } catch (error) {
    await app.close();
    await closeEngine();
    await database.close();
    throw error;
  }
}

function authConfig(config: BrokerConfig): AuthConfig {
  return config.adminToken === undefined
    ? { mode: 'open' }
    : { mode: 'tokens', adminTokenHash: hashToken(config.adminToken) };
}

/** The engine given, or a worker pool of the broker's own (closed with it). */
function engineOf(
  config: BrokerConfig,
  given: Engine | undefined,
): { engine: Engine; closeEngine: () => Promise<void> } {
  if (given !== undefined) return { engine: given, closeEngine: () => Promise.resolve() };
  const pool = createPoolEngine(config.engine ?? defaultEngineSettings());
  return { engine: pool, closeEngine: () => pool.close() };
}

/** Both values, or the first failure after closing a database that did open (it holds the data directory). */
async function bothOrNeither<T>(
  opening: Promise<OpenedDatabase>,
  other: Promise<T>,
): Promise<[OpenedDatabase, T]> {
  const [database, value] = await Promise.allSettled([opening, other]);
  if (database.status === 'fulfilled' && value.status === 'fulfilled') return [database.value, value.value];
  if (database.status === 'fulfilled') await database.value.close();
  throw database.status === 'rejected' ? database.reason : (value as PromiseRejectedResult).reason;
}

/** Resolves when the app sends its first response (registered before listening, as Fastify requires). */
function onFirstResponse(app: FastifyInstance): Promise<void> {
  return new Promise((resolve) => {
    app.addHook('onResponse', (_request, _reply, done) => {
      resolve();
      done();
    });
  });
}

/** How long the webhook worker waits for a first response before it starts anyway. */
const workerStartMs = 1000;

/**
 * Starts the webhook worker once the first response is sent, or after `workerStartMs`: its first poll plans its
 * queries (0.1–0.4 s on PGlite) and would otherwise delay the first answer. Deliveries due from before the
 * start wait that long at most; ones queued by a request wake it as it starts (it claims everything due).
 */
function startWorkerAfter(firstResponse: Promise<void>, start: () => DeliveryWorker): DeliveryWorker {
  let worker: DeliveryWorker | undefined;
  let stopped = false;
  const startOnce = () => {
    clearTimeout(timer);
    if (!stopped) worker ??= start();
  };
  const timer = setTimeout(startOnce, workerStartMs);
  void firstResponse.then(startOnce);
  return {
    wake: () => worker?.wake(),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await worker?.stop();
    },
  };
}
