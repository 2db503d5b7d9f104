import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { followEvents, type LiveEvent } from './events-stream.js';

// Against a real broker on a real port; only the first connection is cut short, as a dropped network would.
describe('followEvents', () => {
  let broker: TestBroker;
  let base: string;
  beforeAll(async () => {
    broker = await startTestBroker();
    base = await broker.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => broker.close());

  const until = async (what: string, done: () => boolean, ms = 15_000) => {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('sends Last-Event-ID when it reconnects and gets what it missed, each event once, in order', async () => {
    const requests: Array<string | null> = [];
    let cut: (() => void) | undefined;
    /** Real fetch; the first stream's body can be ended from the test (the broker keeps its side open). */
    const send = async (input: string | URL | Request, init?: RequestInit) => {
      requests.push(new Headers(init?.headers).get('last-event-id'));
      const response = await fetch(input, init);
      if (requests.length > 1 || response.body === null) return response;
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          cut = () => {
            controller.close();
            void reader.cancel();
          };
        },
        async pull(controller) {
          const { value, done } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };

    const events: LiveEvent[] = [];
    let opens = 0;
    const stop = followEvents(
      { baseUrl: base, fetch: send, retryMs: 1_500 },
      { onEvent: (event) => events.push(event), onOpen: () => opens++ },
    );
    try {
      await until('the first connection', () => opens === 1);
      await given(broker).environment('before-the-cut').build();
      await until('the first event', () => events.length === 1);
      cut!();
      // Published while the client is away (it waits 1.5 s before reconnecting).
      await given(broker).environment('while-away-1').environment('while-away-2').build();
      await until('the reconnection', () => opens === 2);
      await given(broker).environment('after-the-reconnect').build();
      await until('four events', () => events.length >= 4);

      const stored = (await broker.deps.store.events.list({}, { limit: 10 })).items.reverse();
      expect(stored).toHaveLength(4);
      expect(events.map((event) => event.id)).toEqual(stored.map((event) => event.id));
      expect(requests).toEqual([null, String(stored[0]!.id)]);
    } finally {
      stop();
    }
  });
});
