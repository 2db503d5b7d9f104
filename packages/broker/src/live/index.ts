export { createEventFeed, type EventFeed, type LiveEvent, type LiveListener } from './event-feed.js';
export { HEARTBEAT_MS, openSseConnection, type SseConnection } from './sse-connection.js';
