import type { Http } from './http.js';
import type { Page } from './page.js';
import type { QueryOf, Schemas } from './schemas.js';

/** One entry of the timeline, e.g. `spec.published`, `verification.succeeded`, `deployment.recorded`. */
export type BrokerEvent = Schemas['Event'];

export type EventQuery = QueryOf<'/api/v1/events'>;

/** `/events`: the timeline, newest first. */
export function eventsApi(http: Http) {
  return {
    list: (query: EventQuery = {}) =>
      http<Page<BrokerEvent>>({ method: 'GET', path: '/events', query: { ...query } }),
  };
}

export type EventsApi = ReturnType<typeof eventsApi>;
