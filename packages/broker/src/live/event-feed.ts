import type { Event, Store } from '../store/index.js';

/** What a live client is told about a new timeline event: enough to decide what to refresh. */
export interface LiveEvent {
  id: number;
  type: string;
  service: string | null;
  createdAt: string;
}

export function toLiveEvent(event: Event): LiveEvent {
  return { id: event.id, type: event.type, service: event.service, createdAt: event.createdAt.toISOString() };
}

export type LiveListener = (event: LiveEvent) => void;

/** Polls the events table and fans new events out to the connected listeners of this process. */
export interface EventFeed {
  /** Adds a listener (polling starts with the first); returns the function that removes it. */
  subscribe(listener: LiveListener): () => void;
  /** Resolves once the feed knows where the timeline stands: events after that reach the listeners. */
  ready(): Promise<void>;
  /** How many listeners are connected. */
  size(): number;
  /** Stops polling and drops every listener. */
  close(): void;
}

export interface EventFeedOptions {
  /** Milliseconds between polls while someone listens (default 1000). */
  intervalMs?: number;
  /** Called when a poll fails (the feed keeps polling). */
  onError?: (error: unknown) => void;
}

/** Rows fetched per poll; more new events than this in one interval are read page by page. */
const POLL_PAGE = 100;
const MAX_PAGES_PER_POLL = 20;

/**
 * A feed over the shared database rather than in-process notifications, so events published through any
 * broker process reach the clients of every process. Each poll reads the newest page of the timeline by id
 * (an index scan); ids seen in the previous page are remembered so an event whose transaction committed late,
 * with a smaller id than one already sent, is still sent once.
 */
export function createEventFeed(store: Store, options: EventFeedOptions = {}): EventFeed {
  const intervalMs = options.intervalMs ?? 1000;
  const listeners = new Set<LiveListener>();
  let timer: NodeJS.Timeout | undefined;
  let floor: number | undefined;
  let seen = new Set<number>();
  let polling = false;
  let started: Promise<void> = Promise.resolve();

  async function poll(): Promise<void> {
    if (polling) return;
    polling = true;
    try {
      if (floor === undefined) {
        // First poll: start after what exists now.
        floor = (await store.events.list({}, { limit: 1 })).items[0]?.id ?? 0;
        return;
      }
      const fresh = await newEvents(floor);
      for (const event of fresh) {
        for (const listener of listeners) listener(event);
      }
    } catch (error) {
      options.onError?.(error);
    } finally {
      polling = false;
    }
  }

  /** Events above `after` not sent yet, oldest first; remembers them as sent. */
  async function newEvents(after: number): Promise<LiveEvent[]> {
    const fresh: LiveEvent[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
      const result = await store.events.list({}, { limit: POLL_PAGE, cursor });
      for (const event of result.items) {
        if (event.id <= after || seen.has(event.id)) continue;
        fresh.push(toLiveEvent(event));
      }
      const oldest = result.items.at(-1)?.id;
      if (oldest === undefined || oldest <= after || seen.has(oldest) || result.nextCursor === null) break;
      cursor = result.nextCursor;
    }
    for (const event of fresh) seen.add(event.id);
    // Only ids near the top can show up late; forget the rest.
    if (seen.size > POLL_PAGE * 2) seen = new Set([...seen].sort((a, b) => b - a).slice(0, POLL_PAGE));
    return fresh.sort((a, b) => a.id - b.id);
  }

  function start(): void {
    if (timer !== undefined) return;
    floor = undefined;
    seen = new Set();
    started = poll();
    timer = setInterval(() => void poll(), intervalMs);
    timer.unref();
  }

  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    ready: () => started,
    size: () => listeners.size,
    close() {
      stop();
      listeners.clear();
    },
  };
}
