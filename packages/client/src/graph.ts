import type { Http } from './http.js';
import type { QueryOf, Schemas } from './schemas.js';

/** Every service and every integration through a lens, in one document (the UI lays out the whole graph at once). */
export type ServiceGraph = Schemas['ServiceGraph'];

/** One integration as the lens judges it, naming the consumer and provider versions of the pair. */
export type GraphEdge = Schemas['GraphEdge'];

/** An integration's status: the lens's pair of contract and spec. */
export type IntegrationStatus = GraphEdge['status'];

/** `environment`: judge what runs there; without it, the main branches' newest contract and spec. */
export type GraphQuery = QueryOf<'/api/v1/graph'>;

/** `/graph`. */
export function graphApi(http: Http) {
  return {
    get: (query: GraphQuery = {}) => http<ServiceGraph>({ method: 'GET', path: '/graph', query: { ...query } }),
  };
}

export type GraphApi = ReturnType<typeof graphApi>;
