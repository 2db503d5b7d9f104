import { timelineEventTypes } from '@signet/client';
import { useRouter } from '../../router/use-router.js';
import { ServicePicker } from './service-picker.js';
import { timelineHref, type TimelineView } from './timeline-href.js';

/** Filter the timeline by service, event type and days (kept in the URL). */
export function TimelineFilters({ view }: { view: TimelineView }) {
  const { navigate } = useRouter();
  const go = (next: Partial<TimelineView>) => navigate(timelineHref({ ...view, ...next }), { replace: true });
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Timeline filters">
      <ServicePicker value={view.service} onChange={(service) => go({ service })} />
      <label>
        Type{' '}
        <select value={view.type} onChange={(e) => go({ type: e.target.value })}>
          <option value="">any</option>
          {timelineEventTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        From{' '}
        <input
          type="date"
          value={view.from}
          max={view.to || undefined}
          onChange={(e) => go({ from: e.target.value })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={view.to}
          min={view.from || undefined}
          onChange={(e) => go({ to: e.target.value })}
        />
      </label>
    </form>
  );
}
