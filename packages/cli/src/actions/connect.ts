import { createClient, type SignetClient } from '@signet/client';
import type { BrokerFlags } from '../commands/broker-flags.js';
import type { Settings } from '../config/settings.js';
import { CliError } from '../exit-codes.js';

/** Where `npm start` runs the broker: the default when nothing else says where it is. */
export const defaultBrokerUrl = 'http://localhost:3000';

/** A client of the broker the flags, `SIGNET_*` variables or `.signetrc.yaml` name. */
export function connect(settings: Settings, flags: BrokerFlags): SignetClient {
  const baseUrl = settings.get('brokerUrl', flags.brokerUrl) ?? defaultBrokerUrl;
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new CliError(`the broker URL must be an http or https URL, got '${baseUrl}'`);
  }
  return createClient({ baseUrl, token: settings.get('token', flags.token) });
}
