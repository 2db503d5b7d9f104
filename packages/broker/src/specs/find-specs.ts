import { BadRequestError, NotFoundError } from '../errors/broker-error.js';
import { findService } from '../services/find-service.js';
import type { Page, PageRequest, Spec, SpecKind, Store } from '../store/index.js';
import { specsOfVersion } from './version-spec.js';

/** One page of a service's specs, newest first, or only `version`'s (404 for an unknown service). */
export async function listSpecs(
  store: Store,
  service: string,
  page: PageRequest & { version?: string },
): Promise<Page<Spec>> {
  const found = await findService(store, service);
  if (page.version !== undefined) return specsOfVersion(store, service, page.version);
  return store.specs.list(found.id, page);
}

/**
 * The service's newest spec with its text (the newest of kind `prefer` when it has one: a provider may publish
 * OpenAPI and AsyncAPI specs); 404 when the service is unknown or has published none.
 */
export async function latestSpec(
  store: Store,
  service: string,
  prefer?: SpecKind,
): Promise<{ spec: Spec; content: string | undefined }> {
  const found = await findService(store, service);
  const spec =
    (prefer === undefined ? undefined : await store.specs.latest(found.id, prefer)) ??
    (await store.specs.latest(found.id));
  if (spec === undefined) throw new NotFoundError('spec.not-found', `${service} has not published a spec`);
  return { spec, content: await store.documents.get(spec.contentSha) };
}

/** The service's newest spec of `kind` with its text; 404 when it has published none of that kind. */
export async function latestSpecOfKind(
  store: Store,
  service: string,
  kind: SpecKind,
): Promise<{ spec: Spec; content: string | undefined }> {
  const found = await findService(store, service);
  const spec = await store.specs.latest(found.id, kind);
  if (spec === undefined)
    throw new NotFoundError('spec.not-found', `${service} has not published an ${kind} spec`);
  return { spec, content: await store.documents.get(spec.contentSha) };
}

/**
 * The newest spec asked for with no kind: the service's newest spec while it has published one kind only. A
 * provider with OpenAPI and AsyncAPI specs has no single latest spec, so that is a 400 `spec.kind-ambiguous`
 * naming the kinds, as `GET …/versions/{v}/spec` answers for a version holding both; `?kind=` picks one.
 */
export async function latestSpecOfOneKind(
  store: Store,
  service: string,
): Promise<{ spec: Spec; content: string | undefined }> {
  const found = await findService(store, service);
  const [openapi, asyncapi] = await Promise.all([
    store.specs.latest(found.id, 'openapi'),
    store.specs.latest(found.id, 'asyncapi'),
  ]);
  if (openapi !== undefined && asyncapi !== undefined)
    throw new BadRequestError(
      'spec.kind-ambiguous',
      `${service} has published specs of kinds asyncapi, openapi; pick one with ?kind=`,
    );
  const spec = openapi ?? asyncapi;
  if (spec === undefined) throw new NotFoundError('spec.not-found', `${service} has not published a spec`);
  return { spec, content: await store.documents.get(spec.contentSha) };
}
