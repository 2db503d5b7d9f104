import type { Page } from '@signet/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueryState } from './use-query.js';
import { useLive } from './use-live.js';

export interface PagesState<T> {
  /** Everything loaded so far, as one query. */
  query: QueryState<T[]>;
  nextCursor: string | null;
  /** Loads the next page (no-op while busy or at the end). */
  more: () => void;
  busy: boolean;
  status: QueryState<T[]>['status'];
}

interface Loaded<T> {
  key: string;
  items: T[];
  nextCursor: string | null;
  error: unknown;
  status: 'loading' | 'ready' | 'error';
}

/**
 * A cursor-paginated list, newest first: the first page when `key` changes, more on demand, and on every live
 * update the first page again with new items put on top (what was scrolled to stays).
 */
export function usePages<T>(
  key: string,
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
  identify: (item: T) => string | number = (item) => JSON.stringify(item),
): PagesState<T> {
  const { tick } = useLive();
  const [state, setState] = useState<Loaded<T>>({
    key,
    items: [],
    nextCursor: null,
    error: undefined,
    status: 'loading',
  });
  const [busy, setBusy] = useState(false);
  const latest = useRef({ loadPage, identify, key });
  latest.current = { loadPage, identify, key };

  useEffect(() => {
    let cancelled = false;
    latest.current.loadPage(undefined).then(
      (page) => {
        if (cancelled) return;
        setState((previous) => {
          if (previous.key !== key || previous.status !== 'ready')
            return { key, items: page.items, nextCursor: page.nextCursor, error: undefined, status: 'ready' };
          const fresh = new Set(page.items.map(latest.current.identify));
          const rest = previous.items.filter((item) => !fresh.has(latest.current.identify(item)));
          const keptMore = previous.items.length > page.items.length;
          return {
            key,
            items: keptMore ? [...page.items, ...rest] : page.items,
            nextCursor: keptMore ? previous.nextCursor : page.nextCursor,
            error: undefined,
            status: 'ready',
          };
        });
      },
      (error: unknown) => {
        if (cancelled) return;
        setState((previous) =>
          previous.key === key
            ? { ...previous, error, status: 'error' }
            : { key, items: [], nextCursor: null, error, status: 'error' },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, tick]);

  const more = useCallback(() => {
    if (busy || state.nextCursor === null || state.key !== latest.current.key) return;
    setBusy(true);
    const forKey = state.key;
    latest.current
      .loadPage(state.nextCursor)
      .then(
        (page) =>
          setState((previous) =>
            previous.key !== forKey
              ? previous
              : { ...previous, items: [...previous.items, ...page.items], nextCursor: page.nextCursor },
          ),
        (error: unknown) => setState((previous) => ({ ...previous, error, status: 'error' })),
      )
      .finally(() => setBusy(false));
  }, [busy, state.key, state.nextCursor]);

  const current = state.key === key ? state : undefined;
  const query: QueryState<T[]> =
    current === undefined || current.status === 'loading'
      ? { status: 'loading', data: undefined, error: undefined }
      : current.status === 'error'
        ? {
            status: 'error',
            data: current.items.length > 0 ? current.items : undefined,
            error: current.error,
          }
        : { status: 'ready', data: current.items, error: undefined };
  return { query, nextCursor: current?.nextCursor ?? null, more, busy, status: query.status };
}
