import { afterEach, describe, expect, it } from 'vitest';
import { send, startTestMock } from '../testing/mock-harness.js';
import type { MockServer } from './mock-server.js';
import { MAX_BODY_BYTES } from './mock-server.js';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the mock server', () => {
  it('answers 500 problem+json when the responder fails, and keeps serving', async () => {
    let calls = 0;
    server = await startTestMock(() => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return { status: 200, headers: {}, body: 'ok' };
    });
    const failed = await send(server.url);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('application/problem+json');
    expect(failed.json).toMatchObject({ detail: 'boom' });
    expect((await send(server.url)).text).toBe('ok');
  });

  it('answers 413 past the body limit without calling the responder', async () => {
    let called = false;
    server = await startTestMock(() => {
      called = true;
      return { status: 200, headers: {}, body: '' };
    });
    const answer = await send(server.url, { method: 'POST', body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(answer.status).toBe(413);
    expect(called).toBe(false);
  });

  it('sends no body for HEAD', async () => {
    server = await startTestMock(() => ({
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    }));
    const answer = await send(server.url, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
  });
});
