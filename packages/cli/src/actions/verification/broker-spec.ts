import { BrokerProblemError, type SignetClient, type SpecWithContent } from '@signet/client';
import { CliError } from '../../exit-codes.js';
import { branchOf, latestSpecOnBranch } from './branch-spec.js';

/** A spec fetched from the broker to verify against. */
export interface BrokerSpec {
  text: string;
  contentSha: string;
  /** How the report and messages name it, e.g. `inventory_service@v2 (from the broker)`. */
  label: string;
  /** Why this spec, e.g. `the latest on branch feat-x: v3 has none of its own`; absent for the version's own. */
  source?: string;
}

/** Which version's spec to look for, and how hard. */
export interface SpecQuery {
  /** The provider version being verified; without one, the provider's latest spec. */
  version?: string;
  /** Its branch when the broker does not know the version yet (e.g. `--branch`, or git's). */
  branch?: string;
  /** The version was given explicitly: when the chain finds nothing, refuse rather than take the latest. */
  insist: boolean;
}

/**
 * The spec a provider version is verified against (its OpenAPI spec: `signet test` and `signet mock` exercise
 * HTTP; a version may also hold an AsyncAPI one): the version's own when it published one; else the newest
 * spec on the version's branch; else the newest on the provider's main branch; else (the version not insisted
 * on) the provider's latest.
 */
export async function specFromBroker(
  client: SignetClient,
  provider: string,
  query: SpecQuery,
): Promise<BrokerSpec> {
  const { version, insist } = query;
  if (version === undefined) return fromBroker(provider, await client.specs.latest(provider, 'openapi'));
  const own = await specOfVersion(client, provider, version);
  if (own !== undefined) return fromBroker(provider, own);
  const none = `${provider}@${version} has no spec of its own`;
  const branch = (await branchOf(client, provider, version)) ?? query.branch;
  const onBranch = branch === undefined ? undefined : await latestSpecOnBranch(client, provider, branch);
  if (onBranch) return fromBroker(provider, onBranch, `the latest on its branch ${branch}: ${none}`);
  const main = (await client.services.get(provider)).mainBranch;
  const onMain =
    main === null || main === branch ? undefined : await latestSpecOnBranch(client, provider, main);
  const notOnBranch = branch === undefined ? '' : ` nor on branch ${branch}`;
  if (onMain)
    return fromBroker(provider, onMain, `the latest on the main branch ${main}: ${none}${notOnBranch}`);
  if (insist) {
    const notOnMain = main === null || main === branch ? '' : ` nor on the main branch ${main}`;
    throw new CliError(
      `${provider}@${version} has no spec in the broker: none of its own${notOnBranch}${notOnMain} ` +
        '(publish one, or give --spec)',
    );
  }
  return fromBroker(
    provider,
    await client.specs.latest(provider, 'openapi'),
    `the provider's latest: ${none}`,
  );
}

/** The version's own spec; undefined when the version is unknown or published none (the service must exist). */
async function specOfVersion(
  client: SignetClient,
  provider: string,
  version: string,
): Promise<SpecWithContent | undefined> {
  try {
    return await client.specs.ofVersion(provider, version, 'openapi');
  } catch (error) {
    const missing = ['spec.not-found', 'version.not-found'];
    if (error instanceof BrokerProblemError && missing.includes(error.code)) return undefined;
    throw error;
  }
}

const fromBroker = (provider: string, spec: SpecWithContent, source?: string): BrokerSpec => ({
  text: spec.content,
  contentSha: spec.contentSha,
  label: `${provider}${spec.version === null ? '' : `@${spec.version}`} (from the broker)`,
  ...(source === undefined ? {} : { source }),
});
