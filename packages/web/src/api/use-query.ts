import { useCallback, useEffect, useState } from 'react';
import { useLive } from './use-live.js';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: T | undefined; error: unknown }
  | { status: 'ready'; data: T; error: undefined };

/**
 * Loads `load()` when `key` changes, and again (keeping what is shown) whenever the broker announces something
 * new, unless `live` is false. `key` identifies the question: pass every input `load` uses.
 */
export function useQuery<T>(
  key: string,
  load: () => Promise<T>,
  options: { live?: boolean } = {},
): QueryState<T> & { retry: () => void } {
  const { tick } = useLive();
  const refreshOn = options.live === false ? 0 : tick;
  // Bumped by `retry` (the Retry button of an error): asks again, keeping what is shown.
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [state, setState] = useState<{ key: string; value: QueryState<T> }>({
    key,
    value: { status: 'loading', data: undefined, error: undefined },
  });
  useEffect(() => {
    let cancelled = false;
    load().then(
      (data) => !cancelled && setState({ key, value: { status: 'ready', data, error: undefined } }),
      (error: unknown) =>
        !cancelled &&
        setState((previous) => ({
          key,
          value: { status: 'error', data: previous.key === key ? previous.value.data : undefined, error },
        })),
    );
    return () => {
      cancelled = true;
    };
    // `load` closes over the inputs `key` names, so `key` stands for it.
  }, [key, refreshOn, attempt]);
  // A new question shows "loading" at once rather than the previous answer.
  const value: QueryState<T> =
    state.key === key ? state.value : { status: 'loading', data: undefined, error: undefined };
  return { ...value, retry };
}
