import { createClient, type ClientOptions, type SignetClient } from '@signet/client';
import type { BrokerFlags } from '../commands/broker-flags.js';
import type { Settings } from '../config/settings.js';

/** Where `npm start` runs the broker: the default when nothing else says where it is. */
export const defaultBrokerUrl = 'http://localhost:3000';

/**
 * A client of the broker the flags, `SIGNET_*` variables or `.signetrc.yaml` name. The client refuses a URL
 * that is not http(s) (`InvalidBrokerUrlError`, a usage error: see `broker-failure.ts`). `network` sets the
 * request timeout and GET retries (the client's defaults otherwise).
 */
export function connect(
  settings: Settings,
  flags: BrokerFlags,
  network: Pick<ClientOptions, 'timeoutMs' | 'retries' | 'retryDelayMs'> = {},
): SignetClient {
  const baseUrl = settings.get('brokerUrl', flags.brokerUrl) ?? defaultBrokerUrl;
  return createClient({ ...network, baseUrl, token: settings.get('token', flags.token) });
}
