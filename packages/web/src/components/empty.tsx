import type { ReactNode } from 'react';

/** What a list says when it has nothing to show, and what to do about it. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
