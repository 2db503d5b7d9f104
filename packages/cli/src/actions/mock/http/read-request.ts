import type http from 'node:http';
import { parseQuery, type MockRequest } from './mock-exchange.js';

/** Largest request body the mock reads; a bigger one is answered 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The request with its body, read up to one byte past the limit (the rest is drained, not kept). */
export async function readRequest(req: http.IncomingMessage): Promise<MockRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size > MAX_BODY_BYTES) continue;
    chunks.push(chunk);
    size += chunk.length;
  }
  const target = req.url ?? '/';
  const at = target.indexOf('?');
  const rawQuery = at < 0 ? '' : target.slice(at + 1);
  const headers: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] ?? '').toLowerCase();
    (headers[name] ??= []).push(req.rawHeaders[i + 1] ?? '');
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: at < 0 ? target : target.slice(0, at),
    rawQuery,
    query: parseQuery(rawQuery),
    headers,
    body: Buffer.concat(chunks),
  };
}
