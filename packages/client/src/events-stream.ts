import { apiRoot } from './api-root.js';
import { BrokerProblemError } from './errors.js';
import type { ClientOptions } from './http.js';
import { readProblem } from './read-problem.js';
import type { Schemas } from './schemas.js';

/** A new timeline event, as the live stream announces it (fetch the timeline for its payload). */
export type LiveEvent = Schemas['LiveEvent'];

export interface EventStreamHandlers {
  onEvent(event: LiveEvent): void;
  /**
   * The stream is connected: events from now on arrive. Also called after each reconnection, once the events
   * missed meanwhile have been replayed (up to the broker's bound, 500), so refetching then is still wise.
   */
  onOpen?(): void;
  /** The stream failed or ended; it reconnects after `retryMs` (default 3 s) unless stopped. */
  onError?(error: unknown): void;
}

/**
 * Follows the broker's live updates (`/api/v1/events/stream`, server-sent events) with `fetch`, so the token
 * goes in the Authorization header as for every other call (EventSource cannot send headers). Reconnects
 * after errors and when the broker ends the stream, sending `Last-Event-ID` (the id of the last event seen, as
 * EventSource does) so the broker replays what was missed; returns the function that stops it.
 *
 * @example
 * ```ts
 * const stop = followEvents({ baseUrl: window.location.origin }, { onEvent: (event) => console.log(event.type) });
 * ```
 */
export function followEvents(
  options: Pick<ClientOptions, 'baseUrl' | 'token' | 'fetch'> & { retryMs?: number },
  handlers: EventStreamHandlers,
): () => void {
  const url = apiRoot(options.baseUrl) + '/events/stream';
  const send =
    options.fetch ?? ((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
  const controller = new AbortController();
  const retryMs = options.retryMs ?? 3000;
  /** The last `id:` the stream gave (the SSE "last event ID"), sent back when reconnecting. */
  let lastEventId: string | undefined;

  async function connectOnce(): Promise<void> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
    if (lastEventId !== undefined && lastEventId !== '') headers['last-event-id'] = lastEventId;
    const response = await send(url, { headers, signal: controller.signal });
    if (!response.ok || response.body === null)
      throw new BrokerProblemError(readProblem(response, await response.text()));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  function dispatch(block: string): void {
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === ': connected') handlers.onOpen?.();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      else if (line.startsWith('id:')) {
        const id = line.slice(3).replace(/^ /, '');
        if (!id.includes('\0')) lastEventId = id;
      }
    }
    if (data.length > 0) handlers.onEvent(JSON.parse(data.join('\n')) as LiveEvent);
  }

  void (async () => {
    while (!controller.signal.aborted) {
      try {
        await connectOnce();
      } catch (error) {
        if (controller.signal.aborted) return;
        handlers.onError?.(error);
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();
  return () => controller.abort();
}
