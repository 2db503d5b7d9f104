import { loadSpec } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../http/mock-server.js';
import { send, startTestMock } from '../testing/mock-harness.js';
import { mockPetsSpec } from '../testing/mock-pets-spec.js';
import { specResponder } from './spec-responder.js';

const servers: MockServer[] = [];
async function serve(options: { seed?: number; dynamic?: boolean; cors?: boolean } = {}): Promise<string> {
  const respond = specResponder(await loadSpec(mockPetsSpec), {
    seed: options.seed ?? 1,
    dynamic: options.dynamic ?? false,
  });
  const server = await startTestMock(respond, options.cors);
  servers.push(server);
  return server.url;
}
let url: string;
beforeAll(async () => (url = await serve()));
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('signet mock --spec: answers', () => {
  it('answers with the first named example by default, another with Prefer: example=<name>', async () => {
    const first = await send(`${url}/pets/1`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(first.json).toEqual({ id: 1, name: 'Tom', tag: 'cat' });
    expect((await send(`${url}/pets/1`, { headers: { prefer: 'example=dog' } })).json).toEqual({
      id: 2,
      name: 'Rex',
      tag: 'dog',
    });
  });

  it('refuses to pass on an example its schema refuses', async () => {
    const broken = await send(`${url}/pets/1`, { headers: { prefer: 'example=broken' } });
    expect(broken.status).toBe(500);
    expect((broken.json as { detail: string }).detail).toContain('/id must be integer');
  });

  it('answers the documented status for Prefer: code=<n>, with that response example', async () => {
    const missing = await send(`${url}/pets/1`, { headers: { prefer: 'code=404' } });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ message: 'no such pet' });
  });

  it('refuses a Prefer it cannot honour, naming what is documented', async () => {
    const code = await send(`${url}/pets/1`, { headers: { prefer: 'code=418' } });
    expect(code.status).toBe(400);
    expect((code.json as { detail: string }).detail).toContain('documented: 200, 404');
    const example = await send(`${url}/pets/1`, { headers: { prefer: 'example=bird' } });
    expect(example.status).toBe(400);
    expect((example.json as { detail: string }).detail).toContain('examples: cat, dog');
  });

  it('generates a body valid against its schema when there is no example, the same for the same seed', async () => {
    const a = await send(`${url}/pets?limit=2`);
    const b = await send(`${url}/pets?limit=2`);
    expect(a.status).toBe(200);
    expect(Array.isArray(a.json)).toBe(true);
    expect(b.text).toBe(a.text);
    const other = await serve({ seed: 1 });
    expect((await send(`${other}/pets?limit=2`)).text).toBe(a.text);
  });

  it('fills required response headers from their schema', async () => {
    const rate = Number((await send(`${url}/pets/1`)).headers.get('x-rate-limit'));
    expect(Number.isInteger(rate) && rate >= 0 && rate <= 100).toBe(true);
  });

  it('with dynamic generation, ignores examples unless one is asked for by name', async () => {
    const dynamic = await serve({ dynamic: true });
    const bodies = new Set<string>();
    for (let i = 0; i < 5; i += 1) bodies.add((await send(`${dynamic}/pets/1`)).text);
    expect(bodies.has(JSON.stringify({ id: 1, name: 'Tom', tag: 'cat' }))).toBe(false);
    expect(bodies.size).toBeGreaterThan(1);
    expect((await send(`${dynamic}/pets/1`, { headers: { prefer: 'example=dog' } })).json).toEqual({
      id: 2,
      name: 'Rex',
      tag: 'dog',
    });
  });

  it('answers 406 when the client accepts no documented media type; 204 without a body', async () => {
    const answer = await send(`${url}/pets/1`, { headers: { accept: 'text/html' } });
    expect(answer.status).toBe(406);
    const deleted = await send(`${url}/pets/1`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
  });

  it('answers preflights and adds CORS headers only with cors on', async () => {
    const preflight = {
      method: 'OPTIONS',
      headers: {
        origin: 'http://app.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key',
      },
    };
    const cors = await serve({ cors: true });
    const answer = await send(`${cors}/pets`, preflight);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(answer.headers.get('access-control-allow-headers')).toBe('x-api-key');
    const simple = await send(`${cors}/pets/1`, { headers: { origin: 'http://app.test' } });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://app.test');
    const off = await send(`${url}/pets`, preflight);
    expect(off.status).toBe(405);
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
  });
});
