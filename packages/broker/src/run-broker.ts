import { ConfigError, parseBrokerConfig } from './config/broker-config.js';
import type { Engine } from './engine.js';
import { DataDirLockedError } from './store/index.js';
import { startBroker, type RunningBroker } from './start-broker.js';

/** What `runBroker` needs from its process: passed in so tests drive startup and shutdown in-process. */
export interface BrokerProcess {
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** Human messages (startup, shutdown); the request log goes to the logger. */
  say: (message: string) => void;
  onSignal: (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP', handler: () => void) => void;
  /** Calls `handler` when the process that started this one goes (killed too), so the broker never outlives it. */
  onParentGone?: (handler: () => void) => void;
  exit: (code: number) => void;
  /** Fastify logger option; default: pino at the configured `LOG_LEVEL` (tests turn it off). */
  logger?: boolean;
}

/**
 * Parses the command line, starts the broker, and stops it gracefully on SIGINT/SIGTERM/SIGHUP or when its
 * parent goes (in-flight requests finish, then the database closes; committed transactions are durable).
 * Returns undefined on a usage error or a data directory another broker holds (exit code 2 already requested).
 * Without `engine`, spec loading and comparisons run in the broker's worker pool (`engine-pool/`).
 */
export async function runBroker(io: BrokerProcess, engine?: Engine): Promise<RunningBroker | undefined> {
  let config;
  try {
    config = parseBrokerConfig(io.argv, io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.say(`signet broker: ${error.message}`);
    io.exit(2);
    return undefined;
  }
  let broker: RunningBroker;
  try {
    broker = await startBroker(config, {
      engine,
      logger: io.logger ?? { level: config.logLevel },
      notify: io.say,
    });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    io.say(`signet broker: ${error.message}`);
    io.exit(2);
    return undefined;
  }
  const database = config.databaseUrl === undefined ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  io.say(`signet broker listening on ${broker.url} (${database})`);
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    io.say(`signet broker: ${why}, finishing in-flight requests`);
    broker.close().then(
      () => io.exit(0),
      (error: unknown) => {
        io.say(`signet broker: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        io.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    io.onSignal(signal, () => stop(`${signal} received`));
  io.onParentGone?.(() => stop('the process that started it has gone'));
  return broker;
}
