import type { PublishedContract, SignetClient } from '@signet/client';
import { readPactFile, type PactFile } from './read-pact-file.js';

export interface PublishContractsOptions {
  files: string[];
  /** The consumer version every file belongs to. */
  version: string;
  branch: string;
  tags: string[];
  overwrite: boolean;
}

export interface PublishedContractFile extends PublishedContract {
  file: string;
  /** Which provider versions published each compared spec content (newest first), to name them. */
  specVersions: Record<string, string[]>;
}

/**
 * Publishes Pact files for a consumer version, consumer and provider taken from each file. Every file is read
 * and checked before the first is sent, so a bad file publishes nothing.
 */
export async function publishContractFiles(
  client: SignetClient,
  options: PublishContractsOptions,
  progress: (pact: PactFile, index: number) => void,
): Promise<PublishedContractFile[]> {
  const pacts: PactFile[] = [];
  for (const file of options.files) pacts.push(await readPactFile(file));
  const published: PublishedContractFile[] = [];
  for (const [index, pact] of pacts.entries()) {
    progress(pact, index);
    const result = await client.contracts.publish({
      content: pact.content,
      consumerVersion: options.version,
      branch: options.branch,
      tags: options.tags.length > 0 ? options.tags : undefined,
      overwrite: options.overwrite || undefined,
    });
    published.push({ file: pact.file, ...result, specVersions: await specVersions(client, result) });
  }
  return published;
}

async function specVersions(
  client: SignetClient,
  result: PublishedContract,
): Promise<Record<string, string[]>> {
  if (result.comparisons.length === 0) return {};
  // The newest page is enough: the specs that matter are the latest and those verified versions run.
  const page = await client.specs.list(result.contract.provider, { limit: 100 });
  const versions: Record<string, string[]> = {};
  for (const spec of page.items) {
    if (spec.version === null) continue;
    // A version with an OpenAPI and an AsyncAPI spec is compared under its spec set's key (setSha).
    for (const key of new Set([spec.contentSha, spec.setSha])) {
      const named = (versions[key] ??= []);
      if (!named.includes(spec.version)) named.push(spec.version);
    }
  }
  return versions;
}
