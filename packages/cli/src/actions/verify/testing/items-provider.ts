/**
 * A small real HTTP provider of `test-fixtures/verify/items.yaml` with faults that can be switched on one by one,
 * for testing `signet test` (and for the verification benchmark, with no faults).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The deliberately seeded faults, each caught by one check of one operation. */
export const FAULTS = {
  /** GET /items/{itemId}: `price` is a string. */
  'wrong-type': { operation: 'GET /items/{itemId}', check: 'response-body', violation: '/price' },
  /** GET /items/{itemId}: the required `name` is missing. */
  'missing-field': { operation: 'GET /items/{itemId}', check: 'response-body', violation: "'name'" },
  /** GET /items/{itemId}: the required X-Request-Id header is missing. */
  'missing-header': { operation: 'GET /items/{itemId}', check: 'response-headers', violation: undefined },
  /** GET /items: 500 when `q` is the empty string (an edge case). */
  'edge-case-500': { operation: 'GET /items', check: 'no-server-error', violation: undefined },
  /** GET /items: the JSON body is labelled text/plain. */
  'wrong-content-type': { operation: 'GET /items', check: 'content-type-documented', violation: undefined },
  /** POST /items: answers 200, which is not documented (201 is). */
  'undocumented-status': { operation: 'POST /items', check: 'status-documented', violation: undefined },
  /** POST /items: no input validation, so invalid bodies are accepted (only `--negative` sees it). */
  'accepts-invalid-input': { operation: 'POST /items', check: 'negative-rejected', violation: undefined },
} as const;

export type Fault = keyof typeof FAULTS;

/** A running provider; `close` stops it. */
export interface ItemsProvider {
  url: string;
  close(): Promise<void>;
}

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** Starts the provider on a free port with the given faults on. */
export async function startItemsProvider(faults: ReadonlySet<Fault> = new Set()): Promise<ItemsProvider> {
  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const reply: Reply = (status, body, headers = {}) => {
        const payload = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(payload);
      };
      handle(faults, req.method ?? 'GET', new URL(req.url ?? '/', 'http://localhost'), text, reply);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function handle(faults: ReadonlySet<Fault>, method: string, url: URL, text: string, reply: Reply): void {
  const bad = (message: string): void => reply(400, { code: 'invalid', message });
  const one = /^\/items\/([^/]+)$/.exec(url.pathname);
  if (method === 'GET' && one) {
    const id = Number(one[1]);
    if (!/^\d+$/.test(one[1] ?? '') || id < 1 || id > 1000)
      return bad('itemId must be an integer from 1 to 1000');
    const item: Record<string, unknown> = {
      id,
      name: `item ${id}`,
      price: faults.has('wrong-type') ? '9.99' : 9.99,
      tags: ['a'],
    };
    if (faults.has('missing-field')) delete item.name;
    return reply(200, item, faults.has('missing-header') ? {} : { 'x-request-id': randomUUID() });
  }
  if (url.pathname !== '/items') return reply(404, { code: 'not-found', message: 'no such resource' });
  if (method === 'GET') {
    const limit = url.searchParams.get('limit');
    const q = url.searchParams.get('q');
    const sort = url.searchParams.get('sort');
    if (limit !== null && (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 100))
      return bad('limit must be 1 to 100');
    if (sort !== null && sort !== 'name' && sort !== 'price') return bad('sort must be name or price');
    if (q !== null && q.length > 20) return bad('q is at most 20 characters');
    if (q === '' && faults.has('edge-case-500'))
      return reply(500, { code: 'crash', message: 'empty search' });
    const items = [{ id: 1, name: 'lamp', price: 12.5 }];
    return reply(200, items, faults.has('wrong-content-type') ? { 'content-type': 'text/plain' } : {});
  }
  if (method === 'POST') {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const valid =
      typeof fields.name === 'string' &&
      fields.name.length >= 1 &&
      fields.name.length <= 50 &&
      typeof fields.price === 'number' &&
      fields.price >= 0 &&
      !Array.isArray(body);
    if (!valid && !faults.has('accepts-invalid-input'))
      return bad('name (1 to 50 characters) and price (>= 0) are required');
    return reply(faults.has('undocumented-status') ? 200 : 201, {
      id: 7,
      name: fields.name,
      price: fields.price,
    });
  }
  reply(405, { code: 'method', message: 'method not allowed' });
}
