import type { AuthConfig } from './auth/auth-config.js';
import type { PactSettings } from './config/pact-settings.js';
import type { Engine } from './engine.js';
import { defaultAuthFailureLimit, defaultRateLimit, type RateLimit } from './http/rate-limit.js';
import type { Store } from './store/index.js';
import type { WebhookRuntime } from './webhooks/runtime.js';

/** Limits on what clients may send. */
export interface BrokerLimits {
  /** Largest spec or contract accepted, in UTF-8 bytes (default 10 MiB). */
  maxDocumentBytes: number;
  /** Per-token request rate (token mode only); undefined: unlimited. */
  rateLimit?: RateLimit;
  /** Failed authentications per client address (token mode only); undefined: unlimited. */
  authFailureLimit?: RateLimit;
}

export const defaultLimits: BrokerLimits = {
  maxDocumentBytes: 10 * 1024 * 1024,
  rateLimit: defaultRateLimit,
  authFailureLimit: defaultAuthFailureLimit,
};

/** Everything domain functions need, wired once in `main.ts`; no global service locator. */
export interface BrokerDeps {
  store: Store;
  engine: Engine;
  limits: BrokerLimits;
  auth: AuthConfig;
  /** Directory of the built web UI; default: `@signet/web`'s `dist/`, found at run time. */
  uiDir?: string;
  /** Webhook delivery settings and SSRF guard; default: `defaultWebhookRuntime` (nothing private allowed). */
  webhooks?: WebhookRuntime;
  /** Pact API publishing behaviours; default: `defaultPactSettings` (the Pact Broker's defaults). */
  pact?: PactSettings;
}
