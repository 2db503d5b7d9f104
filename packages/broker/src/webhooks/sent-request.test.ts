import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSentRequest } from './sent-request.js';
import { startWebhookTestBroker, type WebhookTestBroker } from './testing/webhook-test-broker.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('recordSentRequest', () => {
  const request = {
    method: 'POST',
    url: 'https://hooks.example/in?token=abc123secret&team=cart',
    headers: { Authorization: 'Bearer hunter2-token', 'X-Team': 'cart', 'X-Echo': 'sixteen-char-secret' },
    body: '{"note":"sixteen-char-secret","n":1}',
  };

  it('redacts credential headers, URL credentials and every secret in headers and body', () => {
    const sent = recordSentRequest(request, ['sixteen-char-secret', 'hunter2-token']);
    expect(sent).toEqual({
      method: 'POST',
      url: 'https://hooks.example/in?token=[redacted]&team=cart',
      headers: { Authorization: '[redacted]', 'X-Team': 'cart', 'X-Echo': '[redacted]' },
      body: '{"note":"[redacted]","n":1}',
      bodyBytes: Buffer.byteLength(request.body),
      bodyTruncated: false,
    });
  });

  it('keeps the first bytes of a long body, on a character boundary, and says it was cut', () => {
    const body = 'é'.repeat(100); // 200 bytes
    const sent = recordSentRequest({ ...request, body }, [], 51);
    expect(sent.body).toBe('é'.repeat(25));
    expect(sent).toMatchObject({ bodyBytes: 200, bodyTruncated: true });
  });

  it('redacts before cutting, so a secret across the cut leaves no part behind', () => {
    const sent = recordSentRequest(
      { ...request, body: `${'x'.repeat(10)}sixteen-char-secret` },
      ['sixteen-char-secret'],
      15,
    );
    expect(sent.body).toBe(`${'x'.repeat(10)}[reda`);
    expect(sent.body).not.toContain('sixt');
  });

  it('keeps no body for GET', () => {
    expect(recordSentRequest({ ...request, method: 'GET' }, [])).toMatchObject({
      body: null,
      bodyBytes: 0,
      bodyTruncated: false,
    });
  });
});

describe('the delivery log keeps the request a real receiver got', () => {
  let server: Server;
  let base: string;
  let broker: WebhookTestBroker;
  const seen: Seen[] = [];
  beforeAll(async () => {
    server = createServer((incoming, response) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        seen.push({ method: incoming.method!, url: incoming.url!, headers: incoming.headers, body });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    broker = await startWebhookTestBroker({}, { worker: false });
  });
  afterAll(async () => {
    await broker?.close();
    server.closeAllConnections();
    server.close();
  });

  it('records method, URL, headers and body as received, with credentials redacted', async () => {
    const created = await broker.api({
      method: 'POST',
      url: '/webhooks',
      payload: {
        events: ['spec.published'],
        url: `${base}/hook?api_key=k-very-secret-1&team=cart`,
        method: 'PUT',
        headers: { Authorization: 'Bearer hunter2-token', 'X-Team': 'cart' },
        secret: 'sixteen-char-secret',
        body: { text: 'ping ${signet.eventType}' },
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const ping = (await broker.api({ method: 'POST', url: `/webhooks/${id}/test` })).json<{ id: number }>();
    const detail = await broker.api({ method: 'GET', url: `/webhooks/${id}/deliveries/${ping.id}` });
    const sent = detail.json<{
      log: Array<{ request: Record<string, unknown> & { headers: Record<string, string> } }>;
    }>().log[0]!.request;
    const got = seen.at(-1)!;

    expect(sent).toMatchObject({
      method: got.method,
      url: `${base}/hook?api_key=[redacted]&team=cart`,
      body: got.body,
      bodyBytes: Buffer.byteLength(got.body),
      bodyTruncated: false,
    });
    expect(got.url).toBe('/hook?api_key=k-very-secret-1&team=cart');
    const recorded = Object.fromEntries(
      Object.entries(sent.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    expect(recorded['authorization']).toBe('[redacted]');
    expect(got.headers['authorization']).toBe('Bearer hunter2-token');
    // Every other header recorded is the one the receiver got, value for value (the signature included).
    const others = Object.entries(recorded).filter(([name]) => name !== 'authorization');
    expect(others.map(([name]) => name)).toEqual(expect.arrayContaining(['x-team', 'content-type']));
    for (const [name, value] of others) expect(got.headers[name]).toBe(value);
    expect(detail.body).not.toContain('hunter2');
    expect(detail.body).not.toContain('k-very-secret-1');
    expect(detail.body).not.toContain('sixteen-char-secret');
  });
});
