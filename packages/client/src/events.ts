import type { Http } from './http.js';
import type { Page, PageQuery } from './page.js';

/** One entry of the timeline, e.g. `spec.published`, `verification.succeeded`, `deployment.recorded`. */
export interface BrokerEvent {
  id: number;
  type: string;
  service: string | null;
  /** What happened, by event type (names, versions, shas, statuses). */
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface EventQuery extends PageQuery {
  service?: string;
  type?: string;
}

/** `/events`: the timeline, newest first. */
export function eventsApi(http: Http) {
  return {
    list: (query: EventQuery = {}) =>
      http<Page<BrokerEvent>>({ method: 'GET', path: '/events', query: { ...query } }),
  };
}

export type EventsApi = ReturnType<typeof eventsApi>;
