import { AddressPolicy } from './address-policy.js';
import { defaultWebhookSettings, type WebhookSettings } from './settings.js';

/** What webhook delivery needs at run time, in `BrokerDeps.webhooks`. */
export interface WebhookRuntime {
  readonly settings: WebhookSettings;
  readonly policy: AddressPolicy;
  /** Base of links in webhook bodies: the configured public URL, else where the broker listens. */
  readonly baseUrl: string;
}

export function webhookRuntime(settings: WebhookSettings, baseUrl = 'http://127.0.0.1'): WebhookRuntime {
  return {
    settings,
    policy: new AddressPolicy(settings.allowedHosts),
    baseUrl: settings.publicUrl ?? baseUrl,
  };
}

/** The runtime of brokers wired without one (in-process tests): default settings, nothing private allowed. */
export const defaultWebhookRuntime: WebhookRuntime = webhookRuntime(defaultWebhookSettings);
