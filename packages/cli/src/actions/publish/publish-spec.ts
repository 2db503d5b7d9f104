import { allItems, type PublishedSpec, type SignetClient } from '@signet/client';
import { readTextFile } from '../read-text-file.js';

export interface PublishSpecOptions {
  file: string;
  provider: string;
  version: string;
  branch: string;
  tags: string[];
  /** Replace a different spec already published for this version. */
  overwrite: boolean;
}

/** A spec publication and, per compared contract content, who published it (`consumer@version`). */
export interface PublishedSpecFile extends PublishedSpec {
  contractConsumers: Record<string, string[]>;
}

/**
 * Publishes a spec file for a provider version (the broker validates it: an invalid spec is refused with the
 * loader's message) and tags the version. The broker compares it with its consumers' contracts.
 */
export async function publishSpecFile(
  client: SignetClient,
  options: PublishSpecOptions,
): Promise<PublishedSpecFile> {
  const content = await readTextFile(options.file, 'spec');
  const { provider, version, branch } = options;
  // Tags live on the version; the spec publication carries only version and branch.
  if (options.tags.length > 0)
    await client.versions.ensure(provider, version, { branch, tags: options.tags });
  const published = await client.specs.publish(provider, {
    content,
    version,
    branch,
    overwrite: options.overwrite || undefined,
  });
  return { ...published, contractConsumers: await contractConsumers(client, provider, published) };
}

/** Names the consumer versions whose contracts the broker compared the spec with (a comparison has only shas). */
async function contractConsumers(
  client: SignetClient,
  provider: string,
  published: PublishedSpec,
): Promise<Record<string, string[]>> {
  const wanted = new Set(published.comparisons.map((comparison) => comparison.contractSha));
  const consumers: Record<string, string[]> = {};
  if (wanted.size === 0) return consumers;
  // The list is oldest first, and a compared contract may be any of them: every page is read.
  for await (const contract of allItems((cursor) =>
    client.contracts.list({ provider, cursor, limit: 100 }),
  )) {
    if (wanted.has(contract.contentSha))
      (consumers[contract.contentSha] ??= []).push(`${contract.consumer}@${contract.consumerVersion}`);
  }
  return consumers;
}
