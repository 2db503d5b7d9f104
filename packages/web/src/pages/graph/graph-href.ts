import { hrefs } from '../../router/hrefs.js';

/** What the home page shows, all in its URL: the name filter, the lens, the service whose neighbourhood is shown. */
export interface GraphView {
  q?: string;
  /** An environment's name: judge what runs there; absent: the main branches' newest. */
  environment?: string;
  /** Only this service and its direct consumers and providers. */
  around?: string;
}

export const graphHref = (view: GraphView) => hrefs.withQuery('/', { ...view });

export function readGraphView(search: URLSearchParams): Required<GraphView> {
  return {
    q: search.get('q') ?? '',
    environment: search.get('environment') ?? '',
    around: search.get('around') ?? '',
  };
}
