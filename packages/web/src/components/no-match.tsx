import type { ReactNode } from 'react';
import { Link } from '../router/link.js';

/**
 * What a filtered list says when its filters exclude everything: not "nothing yet" (there is data, just none
 * that matches) and not a failed request, with the way back to the whole list.
 */
export function NoMatch({ children, clearHref }: { children: ReactNode; clearHref: string }) {
  return (
    <p className="empty" data-testid="no-match">
      {children} <Link href={clearHref}>Clear the filters</Link>
    </p>
  );
}
