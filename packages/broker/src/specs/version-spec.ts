import { NotFoundError } from '../errors/broker-error.js';
import { findVersion } from '../services/find-service.js';
import type { Page, Spec, Store } from '../store/index.js';

/**
 * The spec `service@version` published, with its text: what `signet test` verifies an older build against.
 * 404 `service.not-found` / `version.not-found` for an unknown service or version, `spec.not-found` for a
 * version that published no spec.
 */
export async function versionSpec(
  store: Store,
  service: string,
  number: string,
): Promise<{ spec: Spec; content: string }> {
  const version = await findVersion(store, service, number);
  const spec = await store.specs.findForVersion(version.id);
  if (spec === undefined)
    throw new NotFoundError('spec.not-found', `${service}@${number} has not published a spec`);
  const content = await store.documents.get(spec.contentSha);
  if (content === undefined)
    throw new NotFoundError('spec.not-found', `the content of ${service}@${number}'s spec is missing`);
  return { spec, content };
}

/** The specs of `service` filtered to one version: that version's spec, or none (an unknown version has none). */
export async function specsOfVersion(store: Store, service: string, number: string): Promise<Page<Spec>> {
  const version = await store.versions.find(service, number);
  const spec = version === undefined ? undefined : await store.specs.findForVersion(version.id);
  // A version has one spec at most, so the filtered list is always a single page.
  return { items: spec === undefined ? [] : [spec], nextCursor: null };
}
