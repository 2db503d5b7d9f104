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

/**
 * As {@link ensureVersion}, answering only the version's id and first branch, in one statement when it has no
 * tags and its service has a main branch (a publication's usual case).
 */
export async function ensureVersionKey(
  store: Store,
  service: Service,
  input: Omit<VersionInput, 'buildUrl'>,
): Promise<Pick<Version, 'id' | 'branch'>> {
  const version = await store.versions.ensureKey(service.id, input.number, input.branch);
  await effectsOfNewBranchAndTags(store, service, version.id, input);
  return version;
}

/** Records a version (creating it on first sight), its branch and tags; call inside a transaction. */
export async function ensureVersion(store: Store, service: Service, input: VersionInput): Promise<Version> {
  const version = await store.versions.ensure(service.id, input.number, input.branch, input.buildUrl);
  if (await effectsOfNewBranchAndTags(store, service, version.id, input))
    return (await store.versions.findById(version.id))!;
  return version;
}

/** The service's main branch when it had none, and the tags; answers whether tags were added. */
async function effectsOfNewBranchAndTags(
  store: Store,
  service: Service,
  versionId: number,
  input: Pick<VersionInput, 'branch' | 'tags'>,
): Promise<boolean> {
  // Only a service without a main branch can gain one here: skip the UPDATE (a round trip) for the others.
  if (
    input.branch !== undefined &&
    service.mainBranch === null &&
    mainBranchCandidates.includes(input.branch)
  ) {
    await store.services.setMainBranchIfUnset(service.id, input.branch);
  }
  if (input.tags === undefined || input.tags.length === 0) return false;
  await store.versions.addTags(versionId, input.tags);
  return true;
}
