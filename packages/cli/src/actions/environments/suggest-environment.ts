import { allItems } from '@signet/client';
import type { BrokerFlags } from '../../commands/broker-flags.js';
import type { CliContext } from '../../config/context.js';
import { loadSettings } from '../../config/settings.js';
import { didYouMean } from '../../output/nearest-name.js';
import { connect } from '../connect.js';

/**
 * After the broker answered `environment.not-found`: the environments it has, and the nearest to the one
 * given, as lines to add to the message. Empty when they cannot be listed (the refusal is reported anyway).
 */
export async function suggestEnvironment(
  context: CliContext,
  flags: BrokerFlags & { environment?: string },
): Promise<string> {
  try {
    const settings = await loadSettings(context);
    const given = settings.get('environment', flags.environment) ?? '';
    const client = connect(settings, flags);
    const names: string[] = [];
    for await (const environment of allItems((cursor) => client.environments.list({ cursor, limit: 100 })))
      names.push(environment.name);
    if (names.length === 0) return '\n  the broker has no environments yet: signet environment create <name>';
    return `\n  unknown --environment '${given}'${didYouMean(given, names)}\n  environments: ${names.join(', ')}`;
  } catch {
    return '';
  }
}
