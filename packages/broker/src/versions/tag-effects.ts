import type { PactSettings } from '../config/pact-settings.js';
import { recordDeployment } from '../deployments/record-deployment.js';
import type { Store } from '../store/index.js';

export interface TaggedVersion {
  service: string;
  number: string;
  tags: string[];
  /** The branch the request gave, if any. */
  branch?: string;
}

/**
 * The branch a tag-only publisher's version gets: its first tag, when `useFirstTagAsBranch` is on, no branch
 * was given and the version does not exist yet. The Pact Broker allows this within seconds of the version's
 * creation (its clients create and tag in separate requests); here it is the request that creates the version,
 * which is decided by data rather than by the clock. Call inside the transaction that creates it.
 */
export async function branchFromFirstTag(
  store: Store,
  settings: PactSettings,
  version: TaggedVersion,
): Promise<string | undefined> {
  if (version.branch !== undefined) return version.branch;
  const first = version.tags[0];
  if (!settings.useFirstTagAsBranch || first === undefined) return undefined;
  return (await store.versions.find(version.service, version.number)) === undefined ? first : undefined;
}

/**
 * With `createDeployedVersionsForTags` on, a tag named like an existing environment records a deployment of
 * the version there (the Pact Broker's bridge from tags to environments). Call inside the tagging transaction.
 */
export async function deploymentsFromTags(store: Store, settings: PactSettings, version: TaggedVersion) {
  if (!settings.createDeployedVersionsForTags) return;
  for (const tag of version.tags) {
    if ((await store.environments.find(tag)) === undefined) continue;
    await recordDeployment(store, { environment: tag, service: version.service, version: version.number });
  }
}
