import type { ServerResponse } from 'node:http';
import type { LiveEvent } from './event-feed.js';

/** Milliseconds between heartbeat comments, so proxies and browsers keep an idle stream open. */
export const HEARTBEAT_MS = 15_000;

/** One client's server-sent-events stream over a raw response. */
export interface SseConnection {
  /** Says the stream is live (`: connected`): events from now on will be sent. */
  open(): void;
  send(event: LiveEvent): void;
  /** Ends the stream (the client sees it close). */
  end(): void;
}

/**
 * Writes the stream's head (status, headers, a `retry` hint), an opening comment once the feed is ready (so the
 * client knows events from then on will arrive), then one `message` per event with the event id, and a heartbeat comment every 15 s.
 */
export function openSseConnection(
  raw: ServerResponse,
  headers: Record<string, string>,
  onEnd: () => void,
): SseConnection {
  raw.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');
  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    onEnd();
  };
  raw.once('close', finish);
  return {
    open() {
      if (!ended) raw.write(': connected\n\n');
    },
    send(event) {
      if (!ended) raw.write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
    },
    end() {
      finish();
      raw.end();
    },
  };
}
