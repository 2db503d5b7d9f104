import { BadRequestError, NotFoundError } from '../errors/broker-error.js';
import { findVersion } from '../services/find-service.js';
import type { Page, Spec, SpecKind, Store } from '../store/index.js';

/**
 * The spec `service@version` published, with its text: what `signet test` verifies an older build against.
 * A version may hold an OpenAPI and an AsyncAPI spec: `kind` picks one, and without it a version with both is a
 * 400 `spec.kind-ambiguous` naming the kinds. 404 `service.not-found` / `version.not-found` for an unknown service
 * or version, `spec.not-found` for a version that published no spec (of that kind).
 */
export async function versionSpec(
  store: Store,
  service: string,
  number: string,
  kind?: SpecKind,
): Promise<{ spec: Spec; content: string }> {
  const version = await findVersion(store, service, number);
  const specs = (await store.specs.allForVersion(version.id)).filter(
    (spec) => kind === undefined || spec.kind === kind,
  );
  if (specs.length > 1) {
    throw new BadRequestError(
      'spec.kind-ambiguous',
      `${service}@${number} has specs of kinds ${specs.map((spec) => spec.kind).join(', ')}; pick one with ?kind=`,
    );
  }
  const spec = specs[0];
  if (spec === undefined) {
    const what = kind === undefined ? 'a spec' : `an ${kind} spec`;
    throw new NotFoundError('spec.not-found', `${service}@${number} has not published ${what}`);
  }
  const content = await store.documents.get(spec.contentSha);
  if (content === undefined)
    throw new NotFoundError('spec.not-found', `the content of ${service}@${number}'s spec is missing`);
  return { spec, content };
}

/** The specs of `service` filtered to one version: its OpenAPI and AsyncAPI specs (an unknown version has none). */
export async function specsOfVersion(store: Store, service: string, number: string): Promise<Page<Spec>> {
  const version = await store.versions.find(service, number);
  const specs = version === undefined ? [] : await store.specs.allForVersion(version.id);
  // A version has two specs at most, so the filtered list is always a single page.
  return { items: specs, nextCursor: null };
}
