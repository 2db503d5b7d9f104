import { path, type Http } from './http.js';
import type { Page } from './page.js';
import type { QueryOf, Schemas } from './schemas.js';

/** One build of a service. */
export type Version = Schemas['Version'];

/** Branch and tags to give a version when creating it (or to add to one that exists). */
export type VersionInput = Schemas['VersionInput'];

/** `/services/{name}/versions`: list (newest first), one, create idempotently, tag. */
export function versionsApi(http: Http) {
  return {
    /** A page of the service's versions, newest first, optionally of one branch. */
    list: (service: string, query: QueryOf<'/api/v1/services/{name}/versions'> = {}) =>
      http<Page<Version>>({ method: 'GET', path: path`/services/${service}/versions`, query: { ...query } }),
    /** One version; `version.not-found` (404) when unknown. */
    get: (service: string, number: string) =>
      http<Version>({ method: 'GET', path: path`/services/${service}/versions/${number}` }),
    /** Creates the version (and the service) if needed, with a branch and tags; idempotent. */
    ensure: (service: string, number: string, input: VersionInput = {}) =>
      http<Version>({ method: 'PUT', path: path`/services/${service}/versions/${number}`, body: input }),
    /** Adds one tag to the version (creating it if needed). */
    addTag: (service: string, number: string, tag: string) =>
      http<Version>({
        method: 'PUT',
        path: path`/services/${service}/versions/${number}/tags/${tag}`,
        body: {},
      }),
  };
}

export type VersionsApi = ReturnType<typeof versionsApi>;
