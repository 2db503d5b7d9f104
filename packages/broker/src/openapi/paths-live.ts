import { op } from './operation.js';

const liveEvent = {
  type: 'object',
  required: ['id', 'type', 'service', 'createdAt'],
  properties: {
    id: { type: 'integer' },
    type: { type: 'string' },
    service: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
};

const stream = op({
  summary: 'Live updates: a server-sent-events stream of new timeline events',
  tag: 'events',
  ok: [200, 'The stream'],
});

/** The live-update stream (server-sent events), used by the web UI to refresh. */
export const livePaths = {
  '/api/v1/events/stream': {
    get: {
      ...stream,
      description:
        'One `message` per new timeline event (`id:` is the event id; `data:` is the JSON below), a `: heartbeat` ' +
        'comment every 15 s, and a `retry` hint. Works across broker processes sharing one database (the broker ' +
        'polls the events table about once a second). The stream ends when the broker shuts down.',
      responses: {
        ...stream.responses,
        200: {
          description: 'The stream (never ends on its own)',
          content: { 'text/event-stream': { schema: { type: 'string' }, 'x-signet-event': liveEvent } },
        },
      },
    },
  },
};
