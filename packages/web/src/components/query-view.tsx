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
  /** A `useQuery` state (its `retry` gives errors a Retry button) or a `usePages` one. */
  query: QueryState<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  const retry = 'retry' in query ? (query.retry as () => void) : undefined;
  if (query.status === 'loading') return <Loading what={`Loading ${what}`} />;
  if (query.status === 'error' && query.data === undefined)
    return <ErrorMessage error={query.error} what={what} onRetry={retry} />;
  return (
    <>
      {query.status === 'error' && (
        <ErrorMessage error={query.error} what={`refreshing ${what}`} onRetry={retry} />
      )}
      {children(query.data as T)}
    </>
  );
}
