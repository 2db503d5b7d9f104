import type { Store } from '../store/index.js';
import { toLiveEvent, type EventFeed, type LiveEvent } from './event-feed.js';
import type { SseConnection } from './sse-connection.js';

/** At most this many missed events are replayed to a reconnecting client (the newest ones). */
export const REPLAY_LIMIT = 500;

/** Rows read per page while looking for missed events (the store's largest page). */
const REPLAY_PAGE = 100;

/**
 * The event id a reconnecting client last saw (`Last-Event-ID`, which browsers send back from the stream's
 * `id:` lines), or undefined when there is none or it is not one of ours (then nothing is replayed).
 */
export function parseLastEventId(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,15}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/**
 * The events after `after`, oldest first: at most `limit`, the newest ones when more were missed (they run
 * straight into the live events; what is older is left to the timeline API). Reads the timeline newest first
 * by id, page by page, stopping at `after`, so the cost is bounded by `limit` whatever the gap.
 */
export async function missedEvents(store: Store, after: number, limit = REPLAY_LIMIT): Promise<LiveEvent[]> {
  const missed: LiveEvent[] = [];
  let cursor: string | undefined;
  while (missed.length < limit) {
    const page = await store.events.list({}, { limit: REPLAY_PAGE, cursor });
    for (const event of page.items) {
      if (event.id <= after || missed.length === limit) break;
      missed.push(toLiveEvent(event));
    }
    const oldest = page.items.at(-1)?.id;
    if (oldest === undefined || oldest <= after || page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return missed.reverse();
}

/**
 * Connects one stream to the feed: subscribes first, so nothing published meanwhile is lost, then sends the
 * missed events (`replay`, when the client reconnected with `Last-Event-ID`), then `: connected`, then the live
 * events held back in the meantime and all later ones, each event once (one both replayed and fed live is not
 * sent twice). Returns the function that unsubscribes.
 */
export function follow(
  feed: EventFeed,
  connection: SseConnection,
  replay: (() => Promise<LiveEvent[]>) | undefined,
  onReplayError: (error: unknown) => void,
): { unsubscribe: () => void; started: Promise<void> } {
  let held: LiveEvent[] | undefined = [];
  const replayed = new Set<number>();
  const sendLive = (event: LiveEvent) => {
    if (!replayed.has(event.id)) connection.send(event);
  };
  const unsubscribe = feed.subscribe((event) => (held === undefined ? sendLive(event) : held.push(event)));
  const started = (async () => {
    await feed.ready();
    if (replay !== undefined) {
      let missed: LiveEvent[];
      try {
        missed = await replay();
      } catch (error) {
        // Ending the stream makes the client reconnect with the same Last-Event-ID and try again.
        onReplayError(error);
        connection.end();
        return;
      }
      for (const event of missed) {
        replayed.add(event.id);
        connection.send(event);
      }
    }
    connection.open();
    const waiting = held ?? [];
    held = undefined;
    for (const event of waiting) sendLive(event);
  })();
  return { unsubscribe, started };
}
