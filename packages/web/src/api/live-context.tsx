import { followEvents, type LiveEvent } from '@signet/client';
import { createContext, useEffect, useState, type ReactNode } from 'react';
import { useBroker } from './use-broker.js';

export interface LiveValue {
  /** Goes up when something was published (at most every 0.5 s), and on every reconnection. */
  tick: number;
  connected: boolean;
  /** The newest event announced, for the status line. */
  last: LiveEvent | undefined;
}

export const LiveContext = createContext<LiveValue>({ tick: 0, connected: false, last: undefined });

const THROTTLE_MS = 500;

/** Follows the broker's live stream; pages refetch when `tick` changes. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { token } = useBroker();
  const [value, setValue] = useState<LiveValue>({ tick: 0, connected: false, last: undefined });
  useEffect(() => {
    let timer: number | undefined;
    let latest: LiveEvent | undefined;
    // At most one refresh per interval however fast events come (CI publishing in bulk), none lost at the end.
    const bump = () => {
      if (timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        setValue((v) => ({ tick: v.tick + 1, connected: true, last: latest ?? v.last }));
      }, THROTTLE_MS);
    };
    let opened = false;
    const stop = followEvents(
      { baseUrl: window.location.origin, token },
      {
        onOpen: () => {
          // After a reconnection, events may have been missed: refresh.
          if (opened) bump();
          else setValue((v) => ({ ...v, connected: true }));
          opened = true;
        },
        onEvent: (event) => {
          latest = event;
          bump();
        },
        onError: () => setValue((v) => ({ ...v, connected: false })),
      },
    );
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [token]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
