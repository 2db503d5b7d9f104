import type { ClientOptions, SignetClient } from '@signet/client';
import type { CliContext } from '../config/context.js';
import type { Settings } from '../config/settings.js';
import type { BrokerFlags } from './broker-flags.js';

/*
 * Commands import their working code only when they run, so `signet --help` and `--version` load no more
 * than commander and the command definitions: config pulls in yaml and zod, the client its HTTP code.
 */

/** The run's settings (flags, `SIGNET_*` variables, `.signetrc.yaml`), loaded when a command runs. */
export async function settingsFor(context: CliContext): Promise<Settings> {
  const { loadSettings } = await import('../config/settings.js');
  return loadSettings(context);
}

/** Settings and a client of the broker they name, for one run of a broker command. */
export async function brokerSession(
  context: CliContext,
  flags: BrokerFlags,
  network: Pick<ClientOptions, 'timeoutMs' | 'retries' | 'retryDelayMs'> = {},
): Promise<{ settings: Settings; client: SignetClient }> {
  const settings = await settingsFor(context);
  const { connect } = await import('../actions/connect.js');
  return { settings, client: connect(settings, flags, network) };
}
