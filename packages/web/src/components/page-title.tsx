import { useEffect, type ReactNode } from 'react';

/** The page's `<h1>` and the document title. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Signet`;
  }, [title]);
  return <h1>{children ?? title}</h1>;
}
