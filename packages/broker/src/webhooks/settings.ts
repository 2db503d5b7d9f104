import { defaultRetrySchedule, type RetrySchedule } from '@signet/core';
import { z } from 'zod';
import { ConfigError } from '../config/config-error.js';

/** How this broker process delivers webhooks. */
export interface WebhookSettings {
  schedule: RetrySchedule;
  /** One attempt's limit, connecting to reading the (truncated) response. */
  timeoutMs: number;
  /** How often an idle worker looks for work queued by other processes or due for retry. */
  pollMs: number;
  /** Deliveries one worker sends at once. */
  concurrency: number;
  /** Private, loopback or link-local destinations that may be called anyway: host names, IPs or CIDRs. */
  allowedHosts: string[];
  /** Base of the links in webhook bodies; default: the URL the broker listens on. */
  publicUrl?: string;
  /** Response bodies are kept up to this many bytes in the log. */
  responseBodyLimit: number;
}

export const defaultWebhookSettings: WebhookSettings = {
  schedule: defaultRetrySchedule,
  timeoutMs: 10_000,
  pollMs: 1_000,
  concurrency: 8,
  allowedHosts: [],
  responseBodyLimit: 4_096,
};

/** How long a claimed delivery stays claimed: a worker that dies mid-send holds it this long, then it is due again. */
export const leaseMs = (settings: WebhookSettings) => settings.timeoutMs + 5_000;

const positive = z.coerce.number().int().positive();
const schema = z.object({
  SIGNET_WEBHOOK_TIMEOUT_MS: positive.optional(),
  SIGNET_WEBHOOK_POLL_MS: positive.optional(),
  SIGNET_WEBHOOK_CONCURRENCY: positive.max(256).optional(),
  SIGNET_WEBHOOK_RETRY_INITIAL_MS: positive.optional(),
  SIGNET_WEBHOOK_RETRY_MAX_MS: positive.optional(),
  SIGNET_WEBHOOK_MAX_ATTEMPTS: positive.max(1_000).optional(),
  SIGNET_WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
  SIGNET_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/**
 * Reads the `SIGNET_WEBHOOK_*` environment variables (and `SIGNET_PUBLIC_URL`) over the defaults; see
 * docs/webhooks.md. Throws `ConfigError` on a malformed value.
 */
export function webhookSettingsFromEnv(env: NodeJS.ProcessEnv): WebhookSettings {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join('; '),
    );
  const e = parsed.data;
  const d = defaultWebhookSettings;
  return {
    schedule: {
      initialDelayMs: e.SIGNET_WEBHOOK_RETRY_INITIAL_MS ?? d.schedule.initialDelayMs,
      maxDelayMs: e.SIGNET_WEBHOOK_RETRY_MAX_MS ?? d.schedule.maxDelayMs,
      maxAttempts: e.SIGNET_WEBHOOK_MAX_ATTEMPTS ?? d.schedule.maxAttempts,
    },
    timeoutMs: e.SIGNET_WEBHOOK_TIMEOUT_MS ?? d.timeoutMs,
    pollMs: e.SIGNET_WEBHOOK_POLL_MS ?? d.pollMs,
    concurrency: e.SIGNET_WEBHOOK_CONCURRENCY ?? d.concurrency,
    allowedHosts: (e.SIGNET_WEBHOOK_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim())
      .filter((host) => host !== ''),
    publicUrl: e.SIGNET_PUBLIC_URL?.replace(/\/+$/, ''),
    responseBodyLimit: d.responseBodyLimit,
  };
}
