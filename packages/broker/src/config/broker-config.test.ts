import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { webhookSettingsFromEnv } from '../webhooks/settings.js';
import { ConfigError, parseBrokerConfig } from './broker-config.js';
import { defaultPactSettings } from './pact-settings.js';

describe('parseBrokerConfig', () => {
  it('defaults to port 3000 on loopback with the embedded database in ./.signet/data', () => {
    expect(parseBrokerConfig([], {})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './.signet/data',
      insecureOpen: false,
      rateLimit: { perSecond: 100, burst: 1000 },
      authFailureLimit: { perSecond: 10 / 60, burst: 5 },
      engine: { workers: Math.max(1, availableParallelism() - 1), taskTimeoutMs: 120_000 },
      maxDocumentBytes: 10 * 1024 * 1024,
      webhooks: webhookSettingsFromEnv({}),
      logLevel: 'info',
      preparedStatements: true,
      pact: defaultPactSettings,
    });
  });

  it('reads the engine pool size and time limit from flags or the environment, flags first', () => {
    const env = { SIGNET_ENGINE_WORKERS: '3', SIGNET_ENGINE_TIMEOUT: '7.5' };
    expect(parseBrokerConfig([], env).engine).toEqual({ workers: 3, taskTimeoutMs: 7500 });
    expect(parseBrokerConfig(['--engine-workers', '2', '--engine-timeout', '30'], env).engine).toEqual({
      workers: 2,
      taskTimeoutMs: 30_000,
    });
    expect(() => parseBrokerConfig(['--engine-workers', '0'], {})).toThrow(
      /^--engine-workers \(SIGNET_ENGINE_WORKERS\): /,
    );
    expect(() => parseBrokerConfig([], { SIGNET_ENGINE_TIMEOUT: 'soon' })).toThrow(
      /^--engine-timeout \(SIGNET_ENGINE_TIMEOUT\): /,
    );
  });

  it('reads the document size limit from --max-document-bytes or SIGNET_MAX_DOCUMENT_BYTES, flags first', () => {
    const env = { SIGNET_MAX_DOCUMENT_BYTES: '20971520' };
    expect(parseBrokerConfig([], env).maxDocumentBytes).toBe(20 * 1024 * 1024);
    expect(parseBrokerConfig(['--max-document-bytes', '65536'], env).maxDocumentBytes).toBe(65536);
    expect(() => parseBrokerConfig(['--max-document-bytes', '12MB'], {})).toThrow(
      /^--max-document-bytes \(SIGNET_MAX_DOCUMENT_BYTES\): /,
    );
    expect(() => parseBrokerConfig([], { SIGNET_MAX_DOCUMENT_BYTES: String(2 ** 30) })).toThrow(
      /^--max-document-bytes \(SIGNET_MAX_DOCUMENT_BYTES\): /,
    );
  });

  it('reads SIGNET_AUTH_FAILURE_LIMIT as per minute[/burst], 0 turning it off, and refuses anything else', () => {
    expect(parseBrokerConfig([], { SIGNET_AUTH_FAILURE_LIMIT: '60/2' }).authFailureLimit).toEqual({
      perSecond: 1,
      burst: 2,
    });
    expect(parseBrokerConfig([], { SIGNET_AUTH_FAILURE_LIMIT: '0' }).authFailureLimit).toBeUndefined();
    expect(() => parseBrokerConfig([], { SIGNET_AUTH_FAILURE_LIMIT: 'x' })).toThrow(
      /SIGNET_AUTH_FAILURE_LIMIT: must be/,
    );
  });

  it('names settings as the user sets them: flags, or SIGNET_ADMIN_TOKEN', () => {
    expect(() => parseBrokerConfig([], { SIGNET_ADMIN_TOKEN: 'short' })).toThrow(
      'SIGNET_ADMIN_TOKEN: must be at least 16 characters',
    );
    expect(() => parseBrokerConfig(['--data-dir', ''], {})).toThrow(/^--data-dir: /);
  });

  it('reads SIGNET_RATE_LIMIT as per second[/burst], 0 turning it off, and refuses anything else', () => {
    expect(parseBrokerConfig([], { SIGNET_RATE_LIMIT: '20' }).rateLimit).toEqual({
      perSecond: 20,
      burst: 200,
    });
    expect(parseBrokerConfig([], { SIGNET_RATE_LIMIT: '5/50' }).rateLimit).toEqual({
      perSecond: 5,
      burst: 50,
    });
    expect(parseBrokerConfig([], { SIGNET_RATE_LIMIT: '0' }).rateLimit).toBeUndefined();
    expect(() => parseBrokerConfig([], { SIGNET_RATE_LIMIT: 'fast' })).toThrow(/SIGNET_RATE_LIMIT: must be/);
  });

  it('takes flags, and DATABASE_URL when no flag names a database', () => {
    expect(
      parseBrokerConfig(['--port', '4000', '--data-dir', '/tmp/d'], { DATABASE_URL: 'postgres://db/x' }),
    ).toMatchObject({
      port: 4000,
      dataDir: '/tmp/d',
      databaseUrl: 'postgres://db/x',
    });
    expect(
      parseBrokerConfig(['--database-url', 'postgresql://a/b'], { DATABASE_URL: 'postgres://db/x' })
        .databaseUrl,
    ).toBe('postgresql://a/b');
  });

  it('refuses a non-loopback address without auth unless --insecure-open', () => {
    expect(() => parseBrokerConfig(['--host', '0.0.0.0'], {})).toThrow(/refusing to listen on 0.0.0.0/);
    expect(parseBrokerConfig(['--host', '0.0.0.0', '--insecure-open'], {}).host).toBe('0.0.0.0');
    const secured = parseBrokerConfig(['--host', '0.0.0.0'], {
      SIGNET_ADMIN_TOKEN: 'a-long-enough-admin-token',
    });
    expect(secured).toMatchObject({ host: '0.0.0.0', adminToken: 'a-long-enough-admin-token' });
    expect(() => parseBrokerConfig([], { SIGNET_ADMIN_TOKEN: 'short' })).toThrow(/at least 16/);
  });

  it('explains bad values and unknown flags', () => {
    expect(() => parseBrokerConfig(['--port', 'eighty'], {})).toThrow(ConfigError);
    expect(() => parseBrokerConfig(['--database-url', 'mysql://x'], {})).toThrow(
      /--database-url: must be a postgres/,
    );
    expect(() => parseBrokerConfig(['--prot', '1'], {})).toThrow(ConfigError);
  });
});

describe('webhook settings in the broker config', () => {
  it('are parsed with the rest, once, from the environment the broker was given', () => {
    const config = parseBrokerConfig([], {
      SIGNET_WEBHOOK_ALLOWED_HOSTS: 'hooks.internal',
      SIGNET_PUBLIC_URL: 'https://signet.example',
    });
    expect(config.webhooks.allowedHosts).toEqual(['hooks.internal']);
    expect(config.webhooks.publicUrl).toBe('https://signet.example');
    expect(() => parseBrokerConfig([], { SIGNET_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
  });
});

describe('the log level in the broker config', () => {
  it('comes from LOG_LEVEL (default info), and a level pino does not know is refused by name', () => {
    expect(parseBrokerConfig([], {}).logLevel).toBe('info');
    expect(parseBrokerConfig([], { LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
    expect(() => parseBrokerConfig([], { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('prepared statements in the broker config', () => {
  it('are on unless SIGNET_DATABASE_PREPARED_STATEMENTS=false, and any other value is refused by name', () => {
    expect(parseBrokerConfig([], {}).preparedStatements).toBe(true);
    expect(parseBrokerConfig([], { SIGNET_DATABASE_PREPARED_STATEMENTS: 'false' }).preparedStatements).toBe(
      false,
    );
    expect(parseBrokerConfig([], { SIGNET_DATABASE_PREPARED_STATEMENTS: 'TRUE' }).preparedStatements).toBe(
      true,
    );
    expect(() => parseBrokerConfig([], { SIGNET_DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(
      /SIGNET_DATABASE_PREPARED_STATEMENTS: must be true or false/,
    );
  });
});

describe('the Pact publishing settings in the broker config', () => {
  it('default as the Pact Broker does: no contract modification, first tag as branch, deployments from tags, no public badges', () => {
    expect(parseBrokerConfig([], {}).pact).toEqual({
      allowDangerousContractModification: false,
      useFirstTagAsBranch: true,
      createDeployedVersionsForTags: true,
      enablePublicBadgeAccess: false,
    });
  });

  it('are read from their environment variables, and a value that is not a boolean is refused by name', () => {
    const env = {
      SIGNET_ALLOW_DANGEROUS_CONTRACT_MODIFICATION: 'true',
      SIGNET_USE_FIRST_TAG_AS_BRANCH: '0',
      SIGNET_CREATE_DEPLOYED_VERSIONS_FOR_TAGS: 'false',
      SIGNET_ENABLE_PUBLIC_BADGE_ACCESS: 'true',
    };
    expect(parseBrokerConfig([], env).pact).toEqual({
      allowDangerousContractModification: true,
      useFirstTagAsBranch: false,
      createDeployedVersionsForTags: false,
      enablePublicBadgeAccess: true,
    });
    expect(() => parseBrokerConfig([], { SIGNET_USE_FIRST_TAG_AS_BRANCH: 'yes' })).toThrow(
      /^SIGNET_USE_FIRST_TAG_AS_BRANCH: must be true or false/,
    );
  });
});
