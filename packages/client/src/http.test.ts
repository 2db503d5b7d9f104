import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrokerProblemError, BrokerUnreachableError } from './errors.js';

// Failures below the broker: nothing listening, no answer, and an answer that is not the broker's.
describe('createHttp failures', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const listen = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  it('is unreachable with the connection error when nothing listens', async () => {
    const url = await listen(() => undefined);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const error = await createClient({ baseUrl: url })
      .graph.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokerUnreachableError);
    expect((error as BrokerUnreachableError).reason).toBe('ECONNREFUSED');
    expect((error as BrokerUnreachableError).url).toBe(`${url}/api/v1/graph`);
  });

  it('is unreachable when no answer comes within the timeout', async () => {
    const url = await listen(() => undefined); // never answers
    const error = await createClient({ baseUrl: url, timeoutMs: 200 })
      .graph.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokerUnreachableError);
    expect((error as Error).message).toContain('no answer within 200 ms');
    server!.closeAllConnections();
  });

  it('turns an answer that is not problem+json into a synthetic http.<status> problem', async () => {
    const url = await listen((_request, response) => {
      response.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html', 'x-request-id': 'proxy-1' });
      response.end('<html>bad gateway</html>');
    });
    const error = await createClient({ baseUrl: url })
      .services.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokerProblemError);
    expect(error).toMatchObject({
      status: 502,
      code: 'http.502',
      title: 'Bad Gateway',
      requestId: 'proxy-1',
    });
  });

  it('sends the token as a bearer header, a JSON body, and the query without undefined values', async () => {
    const seen: Array<{ url?: string; auth?: string; type?: string; body: string }> = [];
    const url = await listen((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({
          url: request.url,
          auth: request.headers.authorization,
          type: request.headers['content-type'],
          body,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[],"nextCursor":null}');
      });
    });
    const client = createClient({ baseUrl: `${url}/`, token: 's3cret' });
    await client.events.list({ service: 'a b', type: undefined, limit: 5 });
    await client.environments.create({ name: 'qa' });
    expect(seen).toEqual([
      { url: '/api/v1/events?service=a+b&limit=5', auth: 'Bearer s3cret', type: undefined, body: '' },
      { url: '/api/v1/environments', auth: 'Bearer s3cret', type: 'application/json', body: '{"name":"qa"}' },
    ]);
  });
});
