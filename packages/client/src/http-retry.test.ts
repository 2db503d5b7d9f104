import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrokerUnreachableError } from './errors.js';

// `retries`: a GET that fails below HTTP is sent again; a request that changes something never is.
describe('createHttp retries', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server that cuts the first `failures` connections without answering, then answers `{ ok: true }`. */
  const flaky = async (failures: number): Promise<{ url: string; seen: string[] }> => {
    const seen: string[] = [];
    server = createServer((request, response) => {
      seen.push(request.method ?? '');
      if (seen.length <= failures) return void request.socket.destroy();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"items":[],"nextCursor":null}');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
  };

  it('sends a GET again after a network failure, up to `retries` times', async () => {
    const { url, seen } = await flaky(2);
    const client = createClient({ baseUrl: url, retries: 2, retryDelayMs: 10 });
    await expect(client.services.list()).resolves.toEqual({ items: [], nextCursor: null });
    expect(seen).toEqual(['GET', 'GET', 'GET']);
  });

  it('gives up as unreachable once the retries are used', async () => {
    const { url, seen } = await flaky(5);
    const error = await createClient({ baseUrl: url, retries: 1, retryDelayMs: 10 })
      .services.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokerUnreachableError);
    expect(seen).toEqual(['GET', 'GET']);
  });

  it('never sends a POST twice', async () => {
    const { url, seen } = await flaky(1);
    const error = await createClient({ baseUrl: url, retries: 3, retryDelayMs: 10 })
      .environments.create({ name: 'staging' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokerUnreachableError);
    expect(seen).toEqual(['POST']);
  });
});
