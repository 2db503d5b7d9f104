import { allItems, type SignetClient, type Spec } from '@signet/client';
import { CliError } from '../../exit-codes.js';

/** A spec fetched from the broker to verify against. */
export interface BrokerSpec {
  text: string;
  contentSha: string;
  /** How the report and messages name it, e.g. `inventory_service@v2 (from the broker)`. */
  label: string;
}

/**
 * The spec of `provider@version` when that version published one, else (`version` not insisted on) the
 * provider's latest spec.
 *
 * @param insist the version was given explicitly: a version without a spec is an error, not a fallback.
 */
export async function specFromBroker(
  client: SignetClient,
  provider: string,
  version: string | undefined,
  insist: boolean,
): Promise<BrokerSpec> {
  const latest = await client.specs.latest(provider);
  const own = version === undefined ? undefined : await specOfVersion(client, provider, version);
  if (own === undefined) {
    if (insist)
      throw new CliError(`${provider}@${version} has no spec in the broker (publish one, or give --spec)`);
    return { text: latest.content, contentSha: latest.contentSha, label: label(provider, latest.version) };
  }
  if (own.contentSha !== latest.contentSha) {
    // The broker serves the content of the latest spec only; an older one must come from a file.
    throw new CliError(
      `${provider}@${version}'s spec is not the provider's latest and the broker cannot serve older specs' ` +
        `content; give it with --spec`,
    );
  }
  return { text: latest.content, contentSha: latest.contentSha, label: label(provider, own.version) };
}

async function specOfVersion(
  client: SignetClient,
  provider: string,
  version: string,
): Promise<Spec | undefined> {
  // Newest first: the version's current spec is the first found.
  for await (const spec of allItems((cursor) => client.specs.list(provider, { cursor, limit: 100 }))) {
    if (spec.version === version) return spec;
  }
  return undefined;
}

const label = (provider: string, version: string | null) =>
  `${provider}${version === null ? '' : `@${version}`} (from the broker)`;
