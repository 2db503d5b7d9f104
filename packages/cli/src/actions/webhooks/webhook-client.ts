import { webhooksApi, type WebhooksApi } from '@signet/client';
import type { BrokerFlags } from '../../commands/broker-flags.js';
import type { Settings } from '../../config/settings.js';
import { CliError } from '../../exit-codes.js';
import { defaultBrokerUrl } from '../connect.js';

/** The webhooks API of the broker the flags, `SIGNET_*` variables or `.signetrc.yaml` name (as `connect`). */
export function webhookClient(settings: Settings, flags: BrokerFlags): WebhooksApi {
  const baseUrl = settings.get('brokerUrl', flags.brokerUrl) ?? defaultBrokerUrl;
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new CliError(`the broker URL must be an http or https URL, got '${baseUrl}'`);
  }
  return webhooksApi({ baseUrl, token: settings.get('token', flags.token) });
}
