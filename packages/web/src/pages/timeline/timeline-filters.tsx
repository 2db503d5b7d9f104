import { allItems, timelineEventTypes } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';

/** Filter the timeline by service and event type (kept in the URL). */
export function TimelineFilters() {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const services = useQuery(
    'all-services',
    async () => {
      const names: string[] = [];
      for await (const s of allItems((cursor) => client.services.list({ cursor, limit: 100 })))
        names.push(s.name);
      return names;
    },
    { live: false },
  );
  const service = location.search.get('service') ?? '';
  const type = location.search.get('type') ?? '';
  const go = (next: { service?: string; type?: string }) =>
    navigate(hrefs.timeline({ service, type, ...next }), { replace: true });
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Timeline filters">
      <label>
        Service{' '}
        <select value={service} onChange={(e) => go({ service: e.target.value })}>
          <option value="">any</option>
          {/* A shared URL may name a service not in the list yet: keep it selectable. */}
          {[...new Set([...(services.data ?? []), ...(service ? [service] : [])])].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Type{' '}
        <select value={type} onChange={(e) => go({ type: e.target.value })}>
          <option value="">any</option>
          {timelineEventTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
