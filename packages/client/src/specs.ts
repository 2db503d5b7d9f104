import type { Comparison } from './comparisons.js';
import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';

/** A provider spec (OpenAPI document) as published for a provider (version). */
export interface Spec {
  id: number;
  service: string;
  version: string | null;
  /** sha256 of the text, lower-case hex: the same text is stored once. */
  contentSha: string;
  createdAt: string;
}

export interface SpecWithContent extends Spec {
  content: string;
}

/** `created` the first time, `unchanged` when repeated, `replaced` with `overwrite`. */
export type PublishOutcome = 'created' | 'unchanged' | 'replaced';

export interface PublishSpecInput {
  /** The spec's text (JSON or YAML), or a parsed JSON document. */
  content: string | Record<string, unknown>;
  version?: string;
  /** Needs `version`. */
  branch?: string;
  /** Replace a different spec already published for this version (else 409 `spec.content-changed`). */
  overwrite?: boolean;
}

export interface PublishedSpec {
  outcome: PublishOutcome;
  spec: Spec;
  /** The comparisons this publication ran or found, against the contracts of the provider's consumers. */
  comparisons: Comparison[];
}

/** Filters of the spec list. */
export interface SpecListQuery extends PageQuery {
  /** Only the spec this version published: one item, or none. */
  version?: string;
}

/** `/services/{name}/specs`: publish, list (newest first), latest with its content, a version's own spec. */
export function specsApi(http: Http) {
  return {
    /** Publishes a spec; 422 with the loader's message for an invalid one, 413 above the size limit. */
    publish: (provider: string, input: PublishSpecInput) =>
      http<PublishedSpec>({ method: 'POST', path: path`/services/${provider}/specs`, body: input }),
    /** A page of the provider's specs, newest first (without content); `version` filters to that version's. */
    list: (provider: string, query: SpecListQuery = {}) =>
      http<Page<Spec>>({ method: 'GET', path: path`/services/${provider}/specs`, query: { ...query } }),
    /** The newest spec with its text; `spec.not-found` (404) when the service has none. */
    latest: (provider: string) =>
      http<SpecWithContent>({ method: 'GET', path: path`/services/${provider}/specs/latest` }),
    /**
     * The spec `provider@version` published, with its text (older ones too); 404 `spec.not-found` when that
     * version published none, `version.not-found` / `service.not-found` when it does not exist.
     */
    ofVersion: (provider: string, version: string) =>
      http<SpecWithContent>({
        method: 'GET',
        path: path`/services/${provider}/versions/${version}/spec`,
      }),
  };
}

export type SpecsApi = ReturnType<typeof specsApi>;
