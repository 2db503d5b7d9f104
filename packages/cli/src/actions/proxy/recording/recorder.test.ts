import { describe, expect, it } from 'vitest';
import { EMPTY_BODY, type CapturedBody } from '../transport/body-capture.js';
import type { Exchange } from '../transport/index.js';
import { Recorder } from './recorder.js';

const body = (value: unknown): CapturedBody => {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, totalBytes: bytes.length, truncated: false };
};

function exchange(
  method: string,
  url: string,
  status = 200,
  requestBody: CapturedBody = EMPTY_BODY,
): Exchange {
  return {
    method,
    url,
    requestHeaders: requestBody === EMPTY_BODY ? {} : { 'content-type': 'application/json' },
    requestBody,
    directives: { providerStates: [] },
    status,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: body({ id: 1 }),
  };
}

describe('Recorder', () => {
  it('keeps the first example of each method, path, query, body shape and status', () => {
    const recorder = new Recorder();
    expect(recorder.record(exchange('GET', '/pets/1?limit=5'))?.description).toBe(
      'GET /pets/{id}?limit → 200',
    );
    expect(recorder.record(exchange('GET', '/pets/2?limit=9'))).toBeUndefined();
    expect(recorder.record(exchange('GET', '/pets/2?limit=9', 404))?.description).toBe(
      'GET /pets/{id}?limit → 404',
    );
    expect(recorder.record(exchange('DELETE', '/pets/2'))).toBeDefined();
    expect(recorder.record(exchange('POST', '/pets', 201, body({ name: 'Rex' })))).toBeDefined();
    expect(recorder.record(exchange('POST', '/pets', 201, body({ name: 'Tom' })))).toBeUndefined();
    expect(recorder.record(exchange('POST', '/pets', 201, body({ name: 'Tom', age: 3 })))?.description).toBe(
      'POST /pets → 201 (2)',
    );
    expect(recorder.interactions.map((i) => i.request.path)).toEqual([
      '/pets/1',
      '/pets/2',
      '/pets/2',
      '/pets',
      '/pets',
    ]);
    expect(recorder.requests).toBe(7);
  });

  it('holds a handful of interactions however many requests repeat them', () => {
    const recorder = new Recorder();
    for (let i = 0; i < 20_000; i += 1)
      recorder.record(exchange(i % 2 ? 'GET' : 'PUT', `/items/${i}?page=${i % 50}`));
    expect(recorder.requests).toBe(20_000);
    expect(recorder.interactions).toHaveLength(2);
  });

  it('stops adding distinct interactions at its limit and counts what it dropped', () => {
    const recorder = new Recorder(3);
    for (const name of ['a', 'b', 'c', 'd', 'e']) recorder.record(exchange('GET', `/${name}`));
    expect(recorder.interactions.map((i) => i.request.path)).toEqual(['/a', '/b', '/c']);
    expect(recorder.overflow).toBe(2);
  });
});
