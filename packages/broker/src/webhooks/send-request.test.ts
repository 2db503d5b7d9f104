import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressPolicy } from './address-policy.js';
import { sendRequest } from './send-request.js';

describe('sendRequest', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ method?: string; headers: Record<string, unknown>; body: string }> = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, headers: request.headers, body });
        if (request.url === '/redirect') {
          response.writeHead(302, { location: 'http://169.254.169.254/' });
          return response.end();
        }
        if (request.url === '/slow') return; // never answers
        if (request.url === '/big') return response.end('x'.repeat(100_000));
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('thanks');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const options = { policy: new AddressPolicy(['127.0.0.1']), timeoutMs: 500, bodyLimit: 1_000 };
  const send = (path: string, method = 'POST') =>
    sendRequest({ method, url: `${base}${path}`, headers: { 'x-a': '1' }, body: '{"a":1}' }, options);

  it('sends method, headers and body, and keeps the response', async () => {
    const outcome = await send('/ok');
    expect(outcome).toMatchObject({ succeeded: true, status: 200, body: 'thanks', error: null });
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      body: '{"a":1}',
      headers: { 'x-a': '1', 'content-length': '7' },
    });
  });

  it('does not follow redirects: a 3xx is a failure', async () => {
    expect(await send('/redirect')).toMatchObject({
      succeeded: false,
      status: 302,
      error: 'redirect to http://169.254.169.254/ not followed',
    });
  });

  it('gives up after the timeout', async () => {
    const outcome = await send('/slow');
    expect(outcome).toMatchObject({ succeeded: false, status: null, error: 'timed out after 500 ms' });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(490);
  });

  it('keeps only the start of a large response body', async () => {
    expect((await send('/big')).body).toHaveLength(1_000);
  });

  it('refuses a loopback destination the allow-list does not name, without connecting', async () => {
    const before = seen.length;
    const outcome = await sendRequest(
      { method: 'POST', url: `${base}/ok`, headers: {}, body: '' },
      { ...options, policy: new AddressPolicy([]) },
    );
    expect(outcome).toMatchObject({
      succeeded: false,
      status: null,
      error: expect.stringContaining('loopback'),
    });
    expect(seen.length).toBe(before);
  });
});
