import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';

/** One build of a service. */
export interface Version {
  service: string;
  /** The version number, e.g. a git SHA. */
  number: string;
  branch: string | null;
  tags: string[];
  createdAt: string;
}

/** Branch and tags to give a version when creating it (or to add to one that exists). */
export interface VersionInput {
  branch?: string;
  tags?: string[];
}

/** `/services/{name}/versions`: list (newest first), one, create idempotently, tag. */
export function versionsApi(http: Http) {
  return {
    /** A page of the service's versions, newest first, optionally of one branch. */
    list: (service: string, query: PageQuery & { branch?: string } = {}) =>
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
