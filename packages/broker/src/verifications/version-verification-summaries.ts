import type { Page, PageRequest, Store, Verification, Version } from '../store/index.js';
import { findService } from '../services/find-service.js';

/** A version of a provider with its newest spec verification and its newest Pact-verifier result. */
export interface VersionVerifications {
  version: Version;
  spec: Verification | undefined;
  pact: Verification | undefined;
}

/**
 * The service's versions, newest first and paged exactly as its version list (same order, same cursor), each with
 * its newest verifications: a versions table shows whether each row was verified with one request per page.
 */
export async function versionVerificationSummaries(
  store: Store,
  service: string,
  request: PageRequest & { branch?: string },
): Promise<Page<VersionVerifications>> {
  const found = await findService(store, service);
  const versions = await store.versions.list(found.id, request);
  const ids = versions.items.map((version) => version.id);
  const [spec, pact] = await Promise.all([
    store.verifications.latestSpecVerifications(ids),
    store.verifications.latestPactVerificationOfVersions(ids),
  ]);
  return {
    items: versions.items.map((version) => ({
      version,
      spec: spec.get(version.id),
      pact: pact.get(version.id),
    })),
    nextCursor: versions.nextCursor,
  };
}
