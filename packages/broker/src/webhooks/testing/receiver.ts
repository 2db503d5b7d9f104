/**
 * A webhook receiver in its own process, for tests and the benchmark: `node --import tsx receiver.ts`.
 * Env: PORT (0: any), SECRET. Prints `listening <port>` on stdout. Every webhook is verified and kept;
 * `GET /_received` lists them, `GET /_count` counts them (and distinct event ids), `POST /_mode` with `ok` | `hold` | `fail` sets how the next ones are answered.
 */
import { createServer } from 'node:http';
import { verifySignetWebhook } from './verify-signet-webhook.js';

interface Received {
  path: string;
  eventId: string;
  eventType: string;
  verified: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  receivedAt: number;
}

const secret = process.env['SECRET'] ?? '';
const received: Received[] = [];
let mode = 'ok';

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (request.url === '/_received') {
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify(received));
    }
    if (request.url === '/_count') {
      const distinct = new Set(received.map((webhook) => webhook.eventId)).size;
      return response.end(JSON.stringify({ total: received.length, distinct }));
    }
    if (request.url === '/_mode') {
      mode = body;
      return response.end(mode);
    }
    received.push({
      path: request.url ?? '',
      eventId: String(request.headers['signet-event-id']),
      eventType: String(request.headers['signet-event-type']),
      verified: secret === '' ? 'no secret' : verifySignetWebhook(secret, request.headers, body),
      body,
      headers: request.headers,
      receivedAt: Date.now(),
    });
    if (mode === 'hold') return; // never answered: the sender is mid-delivery until it gives up or dies
    response.statusCode = mode === 'fail' ? 503 : 204;
    response.end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address !== null ? address.port : ''}\n`);
});
process.on('SIGTERM', () => process.exit(0));
