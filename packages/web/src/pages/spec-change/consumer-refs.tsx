import type { SpecUsageAnswer } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

type InteractionRef = SpecUsageAnswer['usage']['unrouted'][number];

/**
 * The consumer versions behind a list of interactions, each linked to its version page, with how many of its
 * interactions rely on the part ("shopping_cart_service cart-2 (2 interactions)"); "unused" when none does.
 */
export function ConsumerRefs({ refs }: { refs: readonly InteractionRef[] }) {
  if (refs.length === 0) return <span className="usage-unused">unused</span>;
  const byVersion = new Map<string, { consumer: string; version: string | undefined; names: string[] }>();
  for (const ref of refs) {
    const key = `${ref.consumer}\u0000${ref.version ?? ''}`;
    const entry = byVersion.get(key) ?? { consumer: ref.consumer, version: ref.version, names: [] };
    entry.names.push(ref.interaction);
    byVersion.set(key, entry);
  }
  return (
    <ul className="plain consumer-refs">
      {[...byVersion.values()].map((entry) => (
        <li key={`${entry.consumer}@${entry.version ?? ''}`} title={entry.names.join('\n')}>
          <Link href={hrefs.service(entry.consumer)}>{entry.consumer}</Link>{' '}
          {entry.version !== undefined && (
            <Link href={hrefs.version(entry.consumer, entry.version)}>
              <code>{entry.version}</code>
            </Link>
          )}{' '}
          <span className="muted">
            ({entry.names.length} interaction{entry.names.length === 1 ? '' : 's'})
          </span>
        </li>
      ))}
    </ul>
  );
}
