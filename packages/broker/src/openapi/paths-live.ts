import { op, ref } from './operation.js';

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
        'comment every 15 s, and a `retry` hint. A client reconnecting with `Last-Event-ID` first gets the events ' +
        'after that id, oldest first (at most 500: the newest, when more were missed; read the timeline for the ' +
        'rest), then `: connected`, then live events; each event is sent once. Works across broker processes ' +
        'sharing one database (the broker polls the events table about once a second). The stream ends when the ' +
        'broker shuts down.',
      parameters: [
        {
          name: 'Last-Event-ID',
          in: 'header',
          required: false,
          schema: { type: 'string' },
          description:
            'The `id:` of the last event the client received (EventSource sends it when reconnecting): the ' +
            'events after it are replayed before live ones. A value that is not an event id is ignored.',
        },
      ],
      responses: {
        ...stream.responses,
        200: {
          description: 'The stream (never ends on its own)',
          content: {
            'text/event-stream': { schema: { type: 'string' }, 'x-signet-event': ref('LiveEvent') },
          },
        },
      },
    },
  },
};
