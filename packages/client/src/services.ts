import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';
import type { Schemas } from './schemas.js';

/** A deployable application. Services are created by publishing; there is no create call. */
export type Service = Schemas['Service'];

/** `/services`: list in name order, one by name. */
export function servicesApi(http: Http) {
  return {
    /** A page of services, in name order. */
    list: (query: PageQuery = {}) =>
      http<Page<Service>>({ method: 'GET', path: '/services', query: { ...query } }),
    /** One service; `service.not-found` (404) when unknown. */
    get: (name: string) => http<Service>({ method: 'GET', path: path`/services/${name}` }),
  };
}

export type ServicesApi = ReturnType<typeof servicesApi>;
