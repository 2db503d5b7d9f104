import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-query.js';
import { ErrorMessage } from './error-message.js';
import { Loading } from './loading.js';

/** Renders a query's loading and error states, and `children(data)` once there is data. */
export function QueryView<T>({
  query,
  what,
  children,
}: {
  query: QueryState<T> & { retry?: () => void };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.status === 'loading') return <Loading what={`Loading ${what}`} />;
  if (query.status === 'error' && query.data === undefined)
    return <ErrorMessage error={query.error} what={what} onRetry={query.retry} />;
  return (
    <>
      {query.status === 'error' && (
        <ErrorMessage error={query.error} what={`refreshing ${what}`} onRetry={query.retry} />
      )}
      {children(query.data as T)}
    </>
  );
}
