import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/broker-config.js';
import { defaultWebhookSettings, webhookSettingsFromEnv } from './settings.js';

describe('webhookSettingsFromEnv', () => {
  it('uses the documented defaults', () => {
    expect(webhookSettingsFromEnv({})).toEqual(defaultWebhookSettings);
  });

  it('reads the SIGNET_WEBHOOK_* variables and SIGNET_PUBLIC_URL', () => {
    const settings = webhookSettingsFromEnv({
      SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1, 10.0.0.0/8,hooks.internal',
      SIGNET_WEBHOOK_RETRY_INITIAL_MS: '250',
      SIGNET_WEBHOOK_MAX_ATTEMPTS: '3',
      SIGNET_WEBHOOK_TIMEOUT_MS: '2000',
      SIGNET_PUBLIC_URL: 'https://signet.example/',
    });
    expect(settings).toMatchObject({
      allowedHosts: ['127.0.0.1', '10.0.0.0/8', 'hooks.internal'],
      schedule: { initialDelayMs: 250, maxDelayMs: 3_600_000, maxAttempts: 3 },
      timeoutMs: 2_000,
      publicUrl: 'https://signet.example',
    });
  });

  it('refuses malformed values', () => {
    expect(() => webhookSettingsFromEnv({ SIGNET_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    expect(() => webhookSettingsFromEnv({ SIGNET_PUBLIC_URL: 'ftp://x' })).toThrow(/SIGNET_PUBLIC_URL/);
  });
});
