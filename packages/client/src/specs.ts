import { path, type Http } from './http.js';
import type { Page } from './page.js';
import type { QueryOf, Schemas } from './schemas.js';

/** A provider spec (OpenAPI or AsyncAPI document) as published for a provider (version). */
export type Spec = Schemas['Spec'];

/** `openapi` (HTTP) or `asyncapi` (messages): a version holds at most one spec of each. */
export type SpecKind = Spec['kind'];

export type SpecWithContent = Schemas['SpecWithContent'];

/** `created` the first time, `unchanged` when repeated, `replaced` with `overwrite`. */
export type PublishOutcome = Schemas['PublishOutcome'];

export type PublishSpecInput = Schemas['PublishSpecInput'];

export type PublishedSpec = Schemas['PublishedSpec'];

/** Filters of the spec list; `version`: only the spec this version published (one item, or none). */
export type SpecListQuery = QueryOf<'/api/v1/services/{name}/specs'>;

/** The operations and named schemas of a provider's latest spec, as the broker reads them. */
export type SpecOperations = Schemas['SpecOperations'];

/** One operation of a spec. */
export type SpecOperation = Schemas['SpecOperation'];

/**
 * `/services/{name}/specs`: publish, list (newest first), latest with its content (and its operations), a
 * version's own spec.
 */
export function specsApi(http: Http) {
  return {
    /** Publishes a spec; 422 with the loader's message for an invalid one, 413 above the size limit. */
    publish: (provider: string, input: PublishSpecInput) =>
      http<PublishedSpec>({ method: 'POST', path: path`/services/${provider}/specs`, body: input }),
    /** A page of the provider's specs, newest first (without content); `version` filters to that version's. */
    list: (provider: string, query: SpecListQuery = {}) =>
      http<Page<Spec>>({ method: 'GET', path: path`/services/${provider}/specs`, query: { ...query } }),
    /**
     * The newest spec (of `kind`, when given) with its text; `spec.not-found` (404) when the service has none, 400
     * `spec.kind-ambiguous` without `kind` once the service has published OpenAPI and AsyncAPI specs.
     */
    latest: (provider: string, kind?: SpecKind) =>
      http<SpecWithContent>({
        method: 'GET',
        path: path`/services/${provider}/specs/latest`,
        query: kind === undefined ? {} : { kind },
      }),
    /**
     * The spec `provider@version` published, with its text (older ones too); 404 `spec.not-found` when that
     * version published none (of `kind`), `version.not-found` / `service.not-found` when it does not exist; 400
     * `spec.kind-ambiguous` without `kind` when the version has an OpenAPI and an AsyncAPI spec.
     */
    ofVersion: (provider: string, version: string, kind?: SpecKind) =>
      http<SpecWithContent>({
        method: 'GET',
        path: path`/services/${provider}/versions/${version}/spec`,
        query: kind === undefined ? {} : { kind },
      }),
    /** What `provider@version`'s own spec (of `kind`) offers (operations, named schemas); 404 as `ofVersion`. */
    operationsOfVersion: (provider: string, version: string, kind?: SpecKind) =>
      http<SpecOperations>({
        method: 'GET',
        path: path`/services/${provider}/versions/${version}/spec/operations`,
        query: kind === undefined ? {} : { kind },
      }),
    /**
     * What the provider's latest spec (of `kind`) offers: operations and named schemas; `spec.not-found` (404) for
     * none, 400 `spec.kind-ambiguous` as {@link latest}.
     */
    latestOperations: (provider: string, kind?: SpecKind) =>
      http<SpecOperations>({
        method: 'GET',
        path: path`/services/${provider}/specs/latest/operations`,
        query: kind === undefined ? {} : { kind },
      }),
  };
}

export type SpecsApi = ReturnType<typeof specsApi>;
