import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { useRouter } from '../../router/use-router.js';
import { eventSummary } from './event-summary.js';
import { TimelineFilters } from './timeline-filters.js';

/** The history of events, newest first; filters in the URL; more pages load as you scroll. */
export function TimelinePage() {
  const { client } = useBroker();
  const { location } = useRouter();
  const service = location.search.get('service') || undefined;
  const type = location.search.get('type') || undefined;
  const pages = usePages(
    `events:${service ?? ''}:${type ?? ''}`,
    (cursor) => client.events.list({ service, type, cursor, limit: 50 }),
    (event) => event.id,
  );
  return (
    <>
      <PageTitle title="Timeline" />
      <TimelineFilters />
      <QueryView query={pages.query} what="the timeline">
        {(events) =>
          events.length === 0 ? (
            <Empty>Nothing has happened{service || type ? ' that matches these filters' : ' yet'}.</Empty>
          ) : (
            <ol className="timeline plain" data-testid="timeline">
              {events.map((event) => (
                <li key={event.id} data-type={event.type}>
                  <When at={event.createdAt} />{' '}
                  <span className={`event-type type-${event.type.split('.')[0]}`}>{event.type}</span>{' '}
                  {event.service && <Link href={hrefs.service(event.service)}>{event.service}</Link>}{' '}
                  <span className="muted">{eventSummary(event)}</span>
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} auto />}
    </>
  );
}
