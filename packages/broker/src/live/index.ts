export {
  createEventFeed,
  toLiveEvent,
  type EventFeed,
  type LiveEvent,
  type LiveListener,
} from './event-feed.js';
export { follow, missedEvents, parseLastEventId, REPLAY_LIMIT } from './replay.js';
export { HEARTBEAT_MS, openSseConnection, type SseConnection } from './sse-connection.js';
export { endWhenTokenDies, TOKEN_RECHECK_MS } from './token-watch.js';
