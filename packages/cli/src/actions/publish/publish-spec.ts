import type { PublishedSpec, SignetClient } from '@signet/client';
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

/**
 * Publishes a spec file for a provider version (the broker validates it: an invalid spec is refused with the
 * loader's message) and tags the version. The broker compares it with its consumers' contracts.
 */
export async function publishSpecFile(
  client: SignetClient,
  options: PublishSpecOptions,
): Promise<PublishedSpec> {
  const content = await readTextFile(options.file, 'spec');
  const { provider, version, branch } = options;
  // Tags live on the version; the spec publication carries only version and branch.
  if (options.tags.length > 0)
    await client.versions.ensure(provider, version, { branch, tags: options.tags });
  return client.specs.publish(provider, {
    content,
    version,
    branch,
    overwrite: options.overwrite || undefined,
  });
}
