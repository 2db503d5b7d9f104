import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import {
  createEventFeed,
  endWhenTokenDies,
  follow,
  missedEvents,
  openSseConnection,
  parseLastEventId,
  type SseConnection,
} from './index.js';
import { access } from '../auth/route-access.js';

/**
 * `/events/stream`: server-sent events, one `message` per new timeline event (`{id, type, service, createdAt}`,
 * `id:` the event id), for the UI's live refresh. A client reconnecting with `Last-Event-ID` first gets the
 * events it missed (at most `REPLAY_LIMIT`, the newest). Every stream ends when the broker shuts down, and
 * when its token is revoked (checked every `TOKEN_RECHECK_MS`).
 */
export function liveRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const feed = createEventFeed(deps.store, {
    onError: (error) => app.log.warn({ err: error }, 'live updates: polling the events table failed'),
  });
  const connections = new Set<SseConnection>();
  app.addHook('preClose', (done) => {
    for (const connection of connections) connection.end();
    feed.close();
    done();
  });

  app.get('/events/stream', access('read'), async (request, reply) => {
    // Node never sends a HEAD response's headers until it ends, so a HEAD of the stream is answered at once.
    if (request.method === 'HEAD') return reply.type('text/event-stream').send();
    const lastEventId = parseLastEventId(request.headers['last-event-id']);
    reply.hijack();
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    let unsubscribe = () => {};
    const connection = openSseConnection(reply.raw, headers, () => {
      unsubscribe();
      connections.delete(connection);
    });
    connections.add(connection);
    endWhenTokenDies(deps, request, reply.raw, () => connection.end());
    const following = follow(
      feed,
      connection,
      lastEventId === undefined ? undefined : () => missedEvents(deps.store, lastEventId),
      (error) => request.log.warn({ err: error }, 'live updates: replaying missed events failed'),
    );
    unsubscribe = following.unsubscribe;
    await following.started;
  });
}
