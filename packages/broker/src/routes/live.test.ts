import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
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
