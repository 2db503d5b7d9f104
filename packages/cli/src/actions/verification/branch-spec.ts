import { allItems, BrokerProblemError, type SignetClient, type SpecWithContent } from '@signet/client';

/**
 * The newest OpenAPI spec published by a version of `provider` on `branch`, with its text; undefined when none was.
 * The broker's spec list has no branch filter, so this walks it newest first and asks each version's branch
 * once (a version not found is on no branch); it stops at the first spec of the branch.
 */
export async function latestSpecOnBranch(
  client: SignetClient,
  provider: string,
  branch: string,
): Promise<SpecWithContent | undefined> {
  const branches = new Map<string, string | null>();
  for await (const spec of allItems((cursor) => client.specs.list(provider, { cursor, limit: 100 }))) {
    if (spec.version === null || spec.kind !== 'openapi') continue;
    if (!branches.has(spec.version))
      branches.set(spec.version, await branchOf(client, provider, spec.version));
    if (branches.get(spec.version) === branch)
      return client.specs.ofVersion(provider, spec.version, 'openapi');
  }
  return undefined;
}

/** The branch a version was recorded on; null when it has none or the broker does not know it. */
export async function branchOf(
  client: SignetClient,
  provider: string,
  version: string,
): Promise<string | null> {
  try {
    return (await client.versions.get(provider, version)).branch;
  } catch (error) {
    if (error instanceof BrokerProblemError && error.code === 'version.not-found') return null;
    throw error;
  }
}
