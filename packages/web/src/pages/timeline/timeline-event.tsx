import type { BrokerEvent } from '@signet/client';
import { RelativeTime } from '../../components/relative-time.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { eventLink, isFailure } from './event-link.js';
import { eventSummary } from './event-summary.js';

/** One event: when (relative), what, whose, and a link to what it is about; failures stand out (not by colour alone). */
export function TimelineEvent({ event }: { event: BrokerEvent }) {
  const failed = isFailure(event);
  const link = eventLink(event);
  return (
    <li
      data-type={event.type}
      data-failed={failed ? 'true' : undefined}
      className={failed ? 'event-failed' : undefined}
    >
      <RelativeTime at={event.createdAt} />{' '}
      <span className={`event-type type-${event.type.split('.')[0]}`}>{event.type}</span>
      {failed && (
        <>
          {' '}
          <strong className="failed-mark">failed</strong>
        </>
      )}
      {event.service && (
        <>
          {' '}
          <Link href={hrefs.service(event.service)}>{event.service}</Link>
        </>
      )}{' '}
      <span className="muted">{eventSummary(event)}</span>
      {link && (
        <>
          {' '}
          · <Link href={link.href}>{link.label}</Link>
        </>
      )}
    </li>
  );
}
