import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from './exchange.js';
import { startProxyServer } from '../proxy-server.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function target(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function proxyTo(url: string, exchanges: Exchange[] = []): Promise<string> {
  const proxy = await startProxyServer({
    target: new URL(url),
    host: '127.0.0.1',
    port: 0,
    captureLimit: 1024,
    onExchange: (e) => exchanges.push(e),
  });
  cleanups.push(() => proxy.close(100));
  return proxy.url;
}

/** Sends raw bytes on one connection and collects everything until the server closes it or `until` matches. */
function rawExchange(url: string, bytes: string, until: RegExp): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (until.test(text)) socket.end();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('a proxied connection', () => {
  it('addresses the target: Host names it, its path prefix is added, absolute-form becomes origin-form', async () => {
    const seen: string[] = [];
    const url = await target(
      http.createServer((req, res) => {
        seen.push(`${req.url} ${req.headers.host}`);
        res.end();
      }),
    );
    const proxy = await proxyTo(`${url}/base/`);
    const answer = await rawExchange(
      proxy,
      'GET /pets?a=1 HTTP/1.1\r\nHost: proxy\r\n\r\nGET http://proxy/cats HTTP/1.1\r\nHost: proxy\r\n\r\n',
      /(HTTP\/1\.1 200[^]*){2}/,
    );
    expect(answer.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    expect(seen).toEqual([`/base/pets?a=1 ${new URL(url).host}`, `/base/cats ${new URL(url).host}`]);
  });

  it('frames pipelined answers right: a HEAD answer with Content-Length, then a chunked one', async () => {
    const url = await target(
      http.createServer((req, res) => {
        if (req.method === 'HEAD') {
          res.writeHead(200, { 'content-length': '5' }).end();
        } else {
          res.write('chunk-one;');
          res.end('chunk-two');
        }
      }),
    );
    const exchanges: Exchange[] = [];
    const proxy = await proxyTo(url, exchanges);
    const answer = await rawExchange(
      proxy,
      'HEAD /a HTTP/1.1\r\nHost: p\r\n\r\nGET /b HTTP/1.1\r\nHost: p\r\n\r\n',
      /0\r\n\r\n$/,
    );
    expect(answer).toMatch(/transfer-encoding: chunked/i);
    expect(exchanges.map((e) => [e.method, e.url, e.status, e.responseBody.bytes.toString()])).toEqual([
      ['HEAD', '/a', 200, ''],
      ['GET', '/b', 200, 'chunk-one;chunk-two'],
    ]);
  });

  it('passes 100-continue through and records the body that followed', async () => {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => res.end(`stored ${body}`));
    });
    server.on('checkContinue', (req, res) => {
      res.writeContinue();
      server.emit('request', req, res);
    });
    const exchanges: Exchange[] = [];
    const proxy = await proxyTo(await target(server), exchanges);
    const text = await new Promise<string>((resolve, reject) => {
      const req = http.request(`${proxy}/upload`, { method: 'PUT', headers: { expect: '100-continue' } });
      req.on('continue', () => req.end('payload'));
      req.on('response', (res) => {
        let received = '';
        res.on('data', (chunk: Buffer) => (received += chunk.toString()));
        res.on('end', () => resolve(received));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(text).toBe('stored payload');
    expect(exchanges.map((e) => [e.status, e.requestBody.bytes.toString()])).toEqual([[200, 'payload']]);
  });

  it('becomes a tunnel after 101 Switching Protocols, both ways', async () => {
    const server = http.createServer();
    server.on('upgrade', (_req, socket: net.Socket) => {
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
      socket.on('data', (chunk: Buffer) => socket.write(`echo:${chunk.toString()}`));
    });
    const proxy = await proxyTo(await target(server));
    const echoed = await new Promise<string>((resolve, reject) => {
      const req = http.request(`${proxy}/socket`, { headers: { connection: 'Upgrade', upgrade: 'echo' } });
      req.on('upgrade', (res, socket) => {
        expect(res.statusCode).toBe(101);
        socket.once('data', (chunk: Buffer) => {
          resolve(chunk.toString());
          socket.destroy();
        });
        socket.write('GET / HTTP/1.1 is just bytes now');
      });
      req.on('error', reject);
      req.end();
    });
    expect(echoed).toBe('echo:GET / HTTP/1.1 is just bytes now');
  });

  it('answers 400 to bytes that are not HTTP, without bothering the target', async () => {
    let requests = 0;
    const proxy = await proxyTo(
      await target(http.createServer((_req, res) => res.end(String((requests += 1))))),
    );
    const answer = await rawExchange(proxy, 'HELLO\r\nthis is not http\r\n\r\n', /\n\n$/);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('signet proxy: malformed start line "HELLO"');
    expect(requests).toBe(0);
  });
});
