import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.js';
import type { AuthConfig } from './auth/auth-config.js';
import { hashToken } from './auth/tokens.js';
import type { BrokerConfig } from './config/broker-config.js';
import { defaultLimits } from './deps.js';
import type { Engine } from './engine.js';
import { createPoolEngine, defaultEngineSettings } from './engine-pool/index.js';
import { createStore, openDatabase, type DatabaseLocation } from './store/index.js';
import { startDeliveryWorker, webhookRuntime, type WebhookSettings } from './webhooks/index.js';

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
  const database = await openDatabase(location, {
    onInitialise: (dataDir) =>
      options.notify?.(
        `initialising embedded database in ${dataDir} (no template was built: first start takes ~20 s)`,
      ),
    onSeeded: (dataDir) =>
      options.notify?.(`created embedded database in ${dataDir} from the install's template`),
  });
  const store = createStore(database.db);
  const { engine, closeEngine } = engineOf(config, options.engine);
  const webhooks = webhookRuntime(options.webhooks ?? config.webhooks);
  const app = await buildApp(
    {
      store,
      webhooks,
      engine,
      limits: { ...defaultLimits, rateLimit: config.rateLimit, authFailureLimit: config.authFailureLimit },
      auth: authConfig(config),
      pact: config.pact,
    },
    { logger: options.logger ?? false },
  );
  try {
    const url = await app.listen({ port: config.port, host: config.host });
    // Links in webhook bodies point where this broker listens, unless a public URL is configured; known only now.
    const delivery = webhookRuntime(webhooks.settings, url);
    // Every broker process drains the shared outbox; stopped after the last request, before the database.
    const worker = startDeliveryWorker(store, delivery, (error) =>
      app.log.error({ err: error }, 'webhook delivery'),
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
