import { ConfigError, parseBrokerConfig } from './config/broker-config.js';
import type { Engine } from './engine.js';
import { startBroker, type RunningBroker } from './start-broker.js';

/** What `runBroker` needs from its process: passed in so tests drive startup and shutdown in-process. */
export interface BrokerProcess {
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** Human messages (startup, shutdown); the request log goes to the logger. */
  say: (message: string) => void;
  onSignal: (signal: 'SIGINT' | 'SIGTERM', handler: () => void) => void;
  exit: (code: number) => void;
  /** Fastify logger option (main: pino at LOG_LEVEL; tests: off). */
  logger: boolean | { level: string };
}

/**
 * Parses the command line, starts the broker, and stops it gracefully on SIGINT/SIGTERM (in-flight requests
 * finish, then the database closes; committed transactions are durable). Returns undefined on a usage error
 * (exit code 2 already requested).
 */
export async function runBroker(io: BrokerProcess, engine: Engine): Promise<RunningBroker | undefined> {
  let config;
  try {
    config = parseBrokerConfig(io.argv, io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.say(`signet broker: ${error.message}`);
    io.exit(2);
    return undefined;
  }
  const broker = await startBroker(config, { engine, logger: io.logger, notify: io.say });
  const database = config.databaseUrl === undefined ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  io.say(`signet broker listening on ${broker.url} (${database})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    io.say(`signet broker: ${signal} received, finishing in-flight requests`);
    broker.close().then(
      () => io.exit(0),
      (error: unknown) => {
        io.say(`signet broker: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        io.exit(1);
      },
    );
  };
  io.onSignal('SIGINT', () => stop('SIGINT'));
  io.onSignal('SIGTERM', () => stop('SIGTERM'));
  return broker;
}
