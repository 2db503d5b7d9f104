import { hrefs } from '../../router/hrefs.js';

/** The timeline's filters, all in its URL: a service, an event type, a range of local days (`YYYY-MM-DD`). */
export interface TimelineView {
  service: string;
  type: string;
  from: string;
  to: string;
}

export const timelineHref = (view: Partial<TimelineView>) => hrefs.withQuery('/timeline', { ...view });

export function readTimelineView(search: URLSearchParams): TimelineView {
  return {
    service: search.get('service') ?? '',
    type: search.get('type') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}
