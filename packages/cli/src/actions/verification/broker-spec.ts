import { BrokerProblemError, type SignetClient, type SpecWithContent } from '@signet/client';
import { CliError } from '../../exit-codes.js';

/** A spec fetched from the broker to verify against. */
export interface BrokerSpec {
  text: string;
  contentSha: string;
  /** How the report and messages name it, e.g. `inventory_service@v2 (from the broker)`. */
  label: string;
}

/**
 * The spec `provider@version` published (older ones too) when it published one, else (`version` not insisted
 * on) the provider's latest spec.
 *
 * @param insist the version was given explicitly: a version without a spec is an error, not a fallback.
 */
export async function specFromBroker(
  client: SignetClient,
  provider: string,
  version: string | undefined,
  insist: boolean,
): Promise<BrokerSpec> {
  const own = version === undefined ? undefined : await specOfVersion(client, provider, version);
  if (own !== undefined) return fromBroker(provider, own);
  if (insist)
    throw new CliError(`${provider}@${version} has no spec in the broker (publish one, or give --spec)`);
  return fromBroker(provider, await client.specs.latest(provider));
}

/** The version's own spec; undefined when the version is unknown or published none (the service must exist). */
async function specOfVersion(
  client: SignetClient,
  provider: string,
  version: string,
): Promise<SpecWithContent | undefined> {
  try {
    return await client.specs.ofVersion(provider, version);
  } catch (error) {
    const missing = ['spec.not-found', 'version.not-found'];
    if (error instanceof BrokerProblemError && missing.includes(error.code)) return undefined;
    throw error;
  }
}

const fromBroker = (provider: string, spec: SpecWithContent): BrokerSpec => ({
  text: spec.content,
  contentSha: spec.contentSha,
  label: `${provider}${spec.version === null ? '' : `@${spec.version}`} (from the broker)`,
});
