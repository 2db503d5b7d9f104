import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultEngineSettings, type EngineSettings } from '../engine-pool/index.js';
import { parseAuthFailureLimit, parseRateLimit, type RateLimit } from '../http/rate-limit.js';
import { webhookSettingsFromEnv, type WebhookSettings } from '../webhooks/settings.js';
import { defaultLimits } from '../deps.js';
import { ConfigError } from './config-error.js';
import { pactSettingsFromEnv, type PactSettings } from './pact-settings.js';

/** How the broker runs. Flags win over environment variables, which win over defaults. */
export interface BrokerConfig {
  port: number;
  host: string;
  /** PostgreSQL server; when absent the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  /**
   * Run PostgreSQL statements as named prepared statements (`SIGNET_DATABASE_PREPARED_STATEMENTS`, default
   * `true`): `false` behind a pooler in transaction mode that cannot keep them (PgBouncer before 1.21, or
   * without `max_prepared_statements`).
   */
  preparedStatements: boolean;
  dataDir: string;
  /** Allow listening on a non-loopback address without authentication. */
  insecureOpen: boolean;
  /** Bootstrap admin token (`SIGNET_ADMIN_TOKEN`); when set, every request needs a token. */
  adminToken?: string;
  /** Per-token request rate (`SIGNET_RATE_LIMIT`, `<per second>[/<burst>]`, `0` off); undefined: unlimited. */
  rateLimit?: RateLimit;
  /** Failed authentications per client address (`SIGNET_AUTH_FAILURE_LIMIT`, `<per minute>[/<burst>]`, `0` off). */
  authFailureLimit?: RateLimit;
  /**
   * Worker threads for spec loading and comparisons (`--engine-workers`, `SIGNET_ENGINE_WORKERS`) and the time
   * limit of each (`--engine-timeout`, `SIGNET_ENGINE_TIMEOUT`, seconds); default: {@link defaultEngineSettings}.
   */
  engine?: EngineSettings;
  /**
   * Largest spec or contract accepted, in bytes (`--max-document-bytes`, `SIGNET_MAX_DOCUMENT_BYTES`; default
   * 10 MiB, at most 512 MiB): a provider whose spec is larger (GitHub's is 13 MB) raises it.
   */
  maxDocumentBytes: number;
  /** Webhook delivery and SSRF settings (`SIGNET_WEBHOOK_*`, `SIGNET_PUBLIC_URL`; docs/webhooks.md). */
  webhooks: WebhookSettings;
  /** The request log's level (`LOG_LEVEL`, default `info`). */
  logLevel: LogLevel;
  /** Publishing behaviours of the Pact API (`SIGNET_ALLOW_DANGEROUS_CONTRACT_MODIFICATION` and others). */
  pact: PactSettings;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export { ConfigError };

const schema = z.object({
  port: z.coerce.number().int().min(0).max(65_535),
  host: z.string().min(1),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  dataDir: z.string().min(1),
  insecureOpen: z.boolean(),
  adminToken: z.string().min(16, 'must be at least 16 characters').optional(),
  engineWorkers: z.coerce.number().int().min(1).max(256),
  engineTimeout: z.coerce.number().positive().max(86_400),
  maxDocumentBytes: z.coerce
    .number()
    .int()
    .min(1024)
    .max(512 * 1024 * 1024),
  logLevel: z.enum(logLevels),
  preparedStatements: z.enum(['true', 'false'], { message: 'must be true or false' }),
});

const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

/** Where each setting comes from, as the user sets it (the schema's keys are not flags). */
const settingNames: Record<string, string> = {
  port: '--port',
  host: '--host',
  databaseUrl: '--database-url',
  dataDir: '--data-dir',
  insecureOpen: '--insecure-open',
  adminToken: 'SIGNET_ADMIN_TOKEN',
  engineWorkers: '--engine-workers (SIGNET_ENGINE_WORKERS)',
  engineTimeout: '--engine-timeout (SIGNET_ENGINE_TIMEOUT)',
  maxDocumentBytes: '--max-document-bytes (SIGNET_MAX_DOCUMENT_BYTES)',
  logLevel: 'LOG_LEVEL',
  preparedStatements: 'SIGNET_DATABASE_PREPARED_STATEMENTS',
};

/**
 * Reads `--port` (default 3000), `--host` (default 127.0.0.1), `--data-dir` (default `./.signet/data`),
 * `--database-url` (or `DATABASE_URL`), `--insecure-open`, `SIGNET_ADMIN_TOKEN` (turns authentication on),
 * `--engine-workers` (or `SIGNET_ENGINE_WORKERS`) and `--engine-timeout` seconds (or `SIGNET_ENGINE_TIMEOUT`).
 */
export function parseBrokerConfig(argv: string[], env: NodeJS.ProcessEnv): BrokerConfig {
  let values: Record<string, string | boolean | undefined>;
  const defaults = defaultEngineSettings();
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        'insecure-open': { type: 'boolean' },
        'engine-workers': { type: 'string' },
        'engine-timeout': { type: 'string' },
        'max-document-bytes': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse({
    port: values['port'] ?? env['PORT'] ?? 3000,
    host: values['host'] ?? '127.0.0.1',
    databaseUrl: values['database-url'] ?? (env['DATABASE_URL'] || undefined),
    dataDir: values['data-dir'] ?? './.signet/data',
    insecureOpen: values['insecure-open'] ?? false,
    adminToken: env['SIGNET_ADMIN_TOKEN'] || undefined,
    engineWorkers: values['engine-workers'] ?? (env['SIGNET_ENGINE_WORKERS'] || defaults.workers),
    engineTimeout:
      values['engine-timeout'] ?? (env['SIGNET_ENGINE_TIMEOUT'] || defaults.taskTimeoutMs / 1000),
    maxDocumentBytes:
      values['max-document-bytes'] ?? (env['SIGNET_MAX_DOCUMENT_BYTES'] || defaultLimits.maxDocumentBytes),
    logLevel: env['LOG_LEVEL'] || 'info',
    preparedStatements: (env['SIGNET_DATABASE_PREPARED_STATEMENTS'] || 'true').toLowerCase(),
  });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues
        .map((issue) => `${settingNames[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`)
        .join('; '),
    );
  }
  if (!loopback.has(parsed.data.host) && parsed.data.adminToken === undefined && !parsed.data.insecureOpen) {
    throw new ConfigError(
      `refusing to listen on ${parsed.data.host} without authentication; set SIGNET_ADMIN_TOKEN, bind to 127.0.0.1, ` +
        'or pass --insecure-open',
    );
  }
  const rateLimit = parseRateLimit(env['SIGNET_RATE_LIMIT']);
  if (rateLimit === 'invalid') {
    throw new ConfigError(
      'SIGNET_RATE_LIMIT: must be <requests per second> or <per second>/<burst>, e.g. 100/1000 (0 turns it off)',
    );
  }
  const authFailureLimit = parseAuthFailureLimit(env['SIGNET_AUTH_FAILURE_LIMIT']);
  if (authFailureLimit === 'invalid') {
    throw new ConfigError(
      'SIGNET_AUTH_FAILURE_LIMIT: must be <failures per minute> or <per minute>/<burst>, e.g. 10/5 (0 turns it off)',
    );
  }
  const { engineWorkers, engineTimeout, preparedStatements, ...settings } = parsed.data;
  const engine = { workers: engineWorkers, taskTimeoutMs: Math.round(engineTimeout * 1000) };
  const webhooks = webhookSettingsFromEnv(env);
  return {
    ...settings,
    preparedStatements: preparedStatements === 'true',
    rateLimit,
    authFailureLimit,
    engine,
    webhooks,
    pact: pactSettingsFromEnv(env),
  };
}
