import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';
import type { Schemas } from './schemas.js';

/** A place services are deployed to. */
export type Environment = Schemas['Environment'];

export type CreateEnvironmentInput = Schemas['CreateEnvironmentInput'];

/** `/environments`: create (409 when the name is taken), list (name order), one. */
export function environmentsApi(http: Http) {
  return {
    create: (input: CreateEnvironmentInput) =>
      http<Environment>({ method: 'POST', path: '/environments', body: input }),
    list: (query: PageQuery = {}) =>
      http<Page<Environment>>({ method: 'GET', path: '/environments', query: { ...query } }),
    /** One environment; `environment.not-found` (404). */
    get: (name: string) => http<Environment>({ method: 'GET', path: path`/environments/${name}` }),
  };
}

export type EnvironmentsApi = ReturnType<typeof environmentsApi>;
