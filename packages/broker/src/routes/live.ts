import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { createEventFeed, openSseConnection, type SseConnection } from '../live/index.js';

/**
 * `/events/stream`: server-sent events, one `message` per new timeline event (`{id, type, service, createdAt}`),
 * for the UI's live refresh. Every stream ends when the broker shuts down.
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

  app.get('/events/stream', async (request, reply) => {
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
    unsubscribe = feed.subscribe((event) => connection.send(event));
    await feed.ready();
    connection.open();
  });
}
