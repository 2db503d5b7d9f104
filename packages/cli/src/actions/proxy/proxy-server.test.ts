import http, { type IncomingMessage, type RequestOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from './transport/index.js';
import { startProxyServer, type RunningProxy } from './proxy-server.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function proxyTo(target: string, exchanges: Exchange[] = []): Promise<RunningProxy> {
  const proxy = await startProxyServer({
    target: new URL(target),
    host: '127.0.0.1',
    port: 0,
    captureLimit: 1024,
    onExchange: (e) => exchanges.push(e),
  });
  cleanups.push(() => proxy.close(100));
  return proxy;
}

function request(
  url: string,
  options: RequestOptions = {},
  body?: string,
): Promise<{ res: IncomingMessage; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ res, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the proxy server', () => {
  it('answers 502 with a clear body when the target is down, and keeps serving', async () => {
    const closed = await listen(() => undefined);
    await cleanups.pop()?.();
    const exchanges: Exchange[] = [];
    const proxy = await proxyTo(closed, exchanges);
    for (let i = 0; i < 2; i += 1) {
      const { res, text } = await request(`${proxy.url}/pets`);
      expect(res.statusCode).toBe(502);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(text)).toMatchObject({
        status: 502,
        detail: expect.stringContaining(`could not reach the target ${closed}`),
      });
    }
    expect(exchanges).toEqual([]);
  });

  it('returns status, reason, headers and body unchanged, repeated headers included', async () => {
    const target = await listen((req, res) => {
      res.writeHead(
        418,
        'Short And Stout',
        [
          ['Set-Cookie', 'a=1'],
          ['Set-Cookie', 'b=2'],
          ['X-Echo', `${req.method} ${req.url}`],
        ].flat(),
      );
      res.end(req.method === 'HEAD' ? undefined : 'teapot');
    });
    const exchanges: Exchange[] = [];
    const proxy = await proxyTo(target, exchanges);
    const { res, text } = await request(
      `${proxy.url}/brew?x=1&x=2`,
      { method: 'PATCH', headers: { 'x-custom': 'v' } },
      'hot',
    );
    expect(res.statusCode).toBe(418);
    expect(res.statusMessage).toBe('Short And Stout');
    expect(res.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(res.headers['x-echo']).toBe('PATCH /brew?x=1&x=2');
    expect(text).toBe('teapot');
    const head = await request(`${proxy.url}/brew`, { method: 'HEAD' });
    expect(head.res.statusCode).toBe(418);
    expect(head.text).toBe('');
    expect(
      exchanges.map((e) => [
        e.method,
        e.url,
        e.status,
        e.requestBody.bytes.toString(),
        e.responseBody.bytes.toString(),
      ]),
    ).toEqual([
      ['PATCH', '/brew?x=1&x=2', 418, 'hot', 'teapot'],
      ['HEAD', '/brew', 418, '', ''],
    ]);
  });

  it('streams both ways: the answer starts before the request body has ended', async () => {
    // The target answers the first request chunk at once and ends only after the last one; the client sends
    // the last one only after reading that answer. A proxy that buffered either body would never finish.
    const target = await listen((req, res) => {
      req.once('data', (chunk: Buffer) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write(`got:${chunk.toString()};`);
      });
      req.on('end', () => res.end('done'));
    });
    const proxy = await proxyTo(target);
    const text = await new Promise<string>((resolve, reject) => {
      const req = http.request(`${proxy.url}/stream`, { method: 'POST' }, (res) => {
        let received = '';
        res.on('data', (chunk: Buffer) => {
          received += chunk.toString();
          if (received === 'got:part1;') req.end('part2');
        });
        res.on('end', () => resolve(received));
      });
      req.on('error', reject);
      req.write('part1');
    });
    expect(text).toBe('got:part1;done');
  });

  it('keeps only the capture limit of a body for recording while forwarding all of it', async () => {
    const target = await listen((req, res) => {
      let size = 0;
      req.on('data', (chunk: Buffer) => (size += chunk.length));
      req.on('end', () => res.end(String(size)));
    });
    const exchanges: Exchange[] = [];
    const proxy = await proxyTo(target, exchanges);
    const { text } = await request(`${proxy.url}/upload`, { method: 'POST' }, 'x'.repeat(100_000));
    expect(text).toBe('100000');
    expect(exchanges[0]?.requestBody).toMatchObject({ totalBytes: 100_000, truncated: true });
    expect(exchanges[0]?.requestBody.bytes.length).toBe(1024);
  });
});
