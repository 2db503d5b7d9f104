import type { Http } from './http.js';
import type { Schemas } from './schemas.js';

/** Every service and every integration, in one document (the UI lays out the whole graph at once). */
export type ServiceGraph = Schemas['ServiceGraph'];

/** An integration's status: its newest contract against its provider's newest spec. */
export type IntegrationStatus = ServiceGraph['integrations'][number]['status'];

/** `/graph`. */
export function graphApi(http: Http) {
  return {
    get: () => http<ServiceGraph>({ method: 'GET', path: '/graph' }),
  };
}

export type GraphApi = ReturnType<typeof graphApi>;
