import zlib from 'node:zlib';
import type { IncomingHttpHeaders } from 'node:http';
import { parseQuery, type MockRequest } from '../../mock/http/mock-exchange.js';
import type { HttpResponse } from '../../verify/http-sender.js';
import type { CapturedBody, Exchange } from '../transport/index.js';

/** Past this, a decompressed answer is not checked (a small gzip body can inflate without bound). */
const INFLATED_LIMIT = 8 * 1024 * 1024;

/** The exchange's request as the mock's validators read one. */
export function requestView(exchange: Exchange): MockRequest {
  const at = exchange.url.indexOf('?');
  const rawQuery = at < 0 ? '' : exchange.url.slice(at + 1);
  const headers: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(exchange.requestHeaders)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value : [value];
  }
  return {
    method: exchange.method,
    path: at < 0 ? exchange.url : exchange.url.slice(0, at),
    rawQuery,
    query: parseQuery(rawQuery),
    headers,
    body: exchange.requestBody.bytes,
  };
}

/** The exchange's answer as `signet test`'s checks read one: lower-case headers, the body decoded as text. */
export function responseView(exchange: Exchange): HttpResponse {
  return {
    status: exchange.status,
    headers: flatHeaders(exchange.responseHeaders),
    body: decoded(exchange.responseBody.bytes, exchange.responseHeaders['content-encoding']).toString('utf8'),
  };
}

/** Why a captured body cannot be judged whole, or undefined when it can. */
export function uncheckable(body: CapturedBody, limit: number): string | undefined {
  return body.truncated
    ? `the body (${body.totalBytes} bytes) is larger than the ${limit} bytes kept, so it was not checked`
    : undefined;
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The body without its Content-Encoding (gzip, deflate, br); as it came when it has none or it cannot be undone. */
function decoded(bytes: Buffer, encoding: string | string[] | undefined): Buffer {
  const coding = (Array.isArray(encoding) ? encoding.join(',') : (encoding ?? '')).trim().toLowerCase();
  const options = { maxOutputLength: INFLATED_LIMIT };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return zlib.gunzipSync(bytes, options);
    if (coding === 'deflate') return zlib.inflateSync(bytes, options);
    if (coding === 'br') return zlib.brotliDecompressSync(bytes, options);
  } catch {
    return bytes; // the body check then says it is not what the spec documents
  }
  return bytes;
}
