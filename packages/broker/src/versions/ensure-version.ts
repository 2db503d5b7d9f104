import type { Service, Store, Version } from '../store/index.js';

/** Branch names that become a service's main branch when it has none yet (Pact Broker's default). */
export const mainBranchCandidates = ['develop', 'main', 'master'];

export interface VersionInput {
  number: string;
  branch?: string;
  tags?: string[];
  /** Replaces the stored build URL when given. */
  buildUrl?: string;
}

/** Records a version (creating it on first sight), its branch and tags; call inside a transaction. */
export async function ensureVersion(store: Store, service: Service, input: VersionInput): Promise<Version> {
  const version = await store.versions.ensure(service.id, input.number, input.branch, input.buildUrl);
  // Only a service without a main branch can gain one here: skip the UPDATE (a round trip) for the others.
  if (
    input.branch !== undefined &&
    service.mainBranch === null &&
    mainBranchCandidates.includes(input.branch)
  ) {
    await store.services.setMainBranchIfUnset(service.id, input.branch);
  }
  if (input.tags !== undefined && input.tags.length > 0) {
    await store.versions.addTags(version.id, input.tags);
    return (await store.versions.findById(version.id))!;
  }
  return version;
}
