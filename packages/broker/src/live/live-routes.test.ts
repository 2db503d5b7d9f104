import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { REPLAY_LIMIT } from './index.js';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

/** Reads a streamed body until `done(text)` holds, or fails after `ms`. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
  ms = 10_000,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  while (!done(text)) {
    if (Date.now() > deadline) throw new Error(`timed out; stream so far:\n${text}`);
    const { value, done: ended } = await reader.read();
    if (ended) return text;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

interface Sent {
  id: number;
  type: string;
  service: string | null;
}

/** The events in a piece of stream, with the id of each `id:` line checked against its data. */
function eventsIn(text: string): Sent[] {
  const blocks = text.split('\n\n').filter((block) => block.includes('data: '));
  return blocks.map((block) => {
    const id = /^id: (\d+)$/m.exec(block);
    const data = /^data: (.+)$/m.exec(block);
    const event = JSON.parse(data![1]!) as Sent;
    expect(Number(id?.[1])).toBe(event.id);
    return { id: event.id, type: event.type, service: event.service };
  });
}

describe('/api/v1/events/stream', () => {
  let broker: TestBroker;
  let base: string;
  beforeAll(async () => {
    broker = await startTestBroker();
    base = await broker.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => broker.close());

  it('streams new timeline events as server-sent events, in order, with their ids', async () => {
    const response = await fetch(`${base}/api/v1/events/stream`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const reader = response.body!.getReader();
    await readUntil(reader, (text) => text.includes(': connected'));
    await given(broker)
      .environment('staging')
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .build();
    const text = await readUntil(reader, (t) => t.includes('spec.published'));
    const events = [...text.matchAll(/^data: (.+)$/gm)].map(
      (m) => JSON.parse(m[1]!) as { id: number; type: string; service: string | null },
    );
    expect(events.map((event) => event.type)).toEqual(['environment.created', 'spec.published']);
    expect(events[1]).toMatchObject({ service: 'inventory' });
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual(events.map((event) => event.id));
    expect(ids[1]!).toBeGreaterThan(ids[0]!);
    await reader.cancel();
  });

  it('does not replay events from before the client connected', async () => {
    const response = await fetch(`${base}/api/v1/events/stream`);
    const reader = response.body!.getReader();
    await readUntil(reader, (text) => text.includes(': connected'));
    await given(broker).environment('production').build();
    const text = await readUntil(reader, (t) => t.includes('environment.created'));
    expect(text).not.toContain('spec.published');
    await reader.cancel();
  });

  it('replays exactly the events after Last-Event-ID, oldest first, then goes on live without repeats', async () => {
    const store = broker.deps.store;
    await given(broker).environment('replay-a').build();
    const [seen] = (await store.events.list({}, { limit: 1 })).items;
    // Published while the client was away.
    await given(broker)
      .environment('replay-b')
      .spec('replay_svc', [['get', '/things/{id}']], { version: 'r1' })
      .build();
    const missed = (await store.events.list({}, { limit: 10 })).items
      .filter((event) => event.id > seen!.id)
      .reverse()
      .map((event) => ({ id: event.id, type: event.type, service: event.service }));
    expect(missed.map((event) => event.type)).toEqual(['environment.created', 'spec.published']);

    const response = await fetch(`${base}/api/v1/events/stream`, {
      headers: { 'last-event-id': String(seen!.id) },
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const replay = await readUntil(reader, (text) => text.includes(': connected'));
    const beforeConnected = replay.slice(0, replay.indexOf(': connected'));
    expect(eventsIn(beforeConnected)).toEqual(missed);
    expect(beforeConnected).not.toContain('replay-a');

    await given(broker).environment('replay-c').build();
    const rest = replay + (await readUntil(reader, (text) => text.includes('environment.created')));
    const [live] = (await store.events.list({}, { limit: 1 })).items;
    expect(eventsIn(rest)).toEqual([...missed, { id: live!.id, type: 'environment.created', service: null }]);
    await reader.cancel();
  });

  it(`replays at most ${REPLAY_LIMIT} events, the newest, when more were missed`, async () => {
    const store = broker.deps.store;
    const [seen] = (await store.events.list({}, { limit: 1 })).items;
    for (let i = 0; i < REPLAY_LIMIT + 7; i++) await store.events.append('replay.test', null, { i });
    const response = await fetch(`${base}/api/v1/events/stream`, {
      headers: { 'last-event-id': String(seen!.id) },
    });
    const reader = response.body!.getReader();
    const text = await readUntil(reader, (t) => t.includes(': connected'));
    const replayed = eventsIn(text);
    expect(replayed).toHaveLength(REPLAY_LIMIT);
    const ids = replayed.map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(REPLAY_LIMIT);
    // Every event published since, newest first: the replay is its first 500, and the 7 oldest are left out.
    const since: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.events.list({}, { limit: 100, cursor });
      since.push(...page.items.map((event) => event.id).filter((id) => id > seen!.id));
      cursor = page.nextCursor ?? undefined;
      if (page.items.some((event) => event.id <= seen!.id)) break;
    } while (cursor !== undefined);
    expect(since).toHaveLength(REPLAY_LIMIT + 7);
    expect(ids).toEqual(since.slice(0, REPLAY_LIMIT).reverse());
    await reader.cancel();
  });

  it('replays nothing for a Last-Event-ID that is not an event id', async () => {
    for (const value of ['not-a-number', '-3', '1.5']) {
      const response = await fetch(`${base}/api/v1/events/stream`, { headers: { 'last-event-id': value } });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const text = await readUntil(reader, (t) => t.includes(': connected'));
      // Only what comes before ': connected' is replay; events the feed polls afterwards (such as the previous
      // test's, if its last poll has not yet run) are live and may follow in the same chunk.
      expect(text.slice(0, text.indexOf(': connected'))).not.toContain('data:');
      await reader.cancel();
    }
  });

  it('reaches clients of another broker process on the same database (it polls the database, not memory)', async () => {
    // A second app over the same database has its own feed: only the events table links the two.
    const other = await buildApp(broker.deps);
    const url = await other.listen({ port: 0, host: '127.0.0.1' });
    try {
      const reader = (await fetch(`${url}/api/v1/events/stream`)).body!.getReader();
      await readUntil(reader, (text) => text.includes(': connected'));
      await given(broker).environment('development').build();
      const text = await readUntil(reader, (t) => t.includes('environment.created'));
      expect(text).toMatch(/^data: .*"type":"environment\.created"/m);
      await reader.cancel();
    } finally {
      await other.close();
    }
  });

  it('ends open streams when the broker shuts down, so shutdown is not held up', async () => {
    const other = await startTestBroker();
    const url = await other.app.listen({ port: 0, host: '127.0.0.1' });
    const reader = (await fetch(`${url}/api/v1/events/stream`)).body!.getReader();
    await readUntil(reader, (text) => text.includes(': connected'));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    const rest = await readUntil(reader, () => false, 5_000);
    expect(rest).toBe('');
  });
});
