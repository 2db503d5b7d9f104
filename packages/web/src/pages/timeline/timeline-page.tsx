import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { useRouter } from '../../router/use-router.js';
import { dayHeading, dayStart, groupByDay } from './group-by-day.js';
import { TimelineEvent } from './timeline-event.js';
import { TimelineFilters } from './timeline-filters.js';
import { readTimelineView } from './timeline-href.js';
import './timeline.css';

/** The history of events, newest first, grouped by day; filters in the URL; more pages load as you scroll. */
export function TimelinePage() {
  const { client } = useBroker();
  const { location } = useRouter();
  const view = readTimelineView(location.search);
  const query = {
    service: view.service || undefined,
    type: view.type || undefined,
    since: dayStart(view.from),
    until: dayStart(view.to, true),
  };
  const filtered = Object.values(query).some((value) => value !== undefined);
  const pages = usePages(
    `events:${JSON.stringify(query)}`,
    (cursor) => client.events.list({ ...query, cursor, limit: 50 }),
    (event) => event.id,
  );
  return (
    <>
      <PageTitle title="Timeline" />
      <TimelineFilters view={view} />
      <QueryView query={pages.query} what="the timeline">
        {(events) =>
          events.length === 0 ? (
            <Empty>Nothing has happened{filtered ? ' that matches these filters' : ' yet'}.</Empty>
          ) : (
            <div data-testid="timeline">
              {groupByDay(events, (event) => event.createdAt).map((group) => (
                <section key={group.day} aria-label={dayHeading(group.day)} className="timeline-day">
                  <h2>{dayHeading(group.day)}</h2>
                  <ol className="timeline plain">
                    {group.items.map((event) => (
                      <TimelineEvent key={event.id} event={event} />
                    ))}
                  </ol>
                </section>
              ))}
            </div>
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} auto />}
    </>
  );
}
