import type { Body, HttpRequest } from '@signet/core';
import { header, type MockRequest } from '../http/mock-exchange.js';
import { isJson } from '../spec/media-types.js';

// Headers whose values hold commas of their own (dates, cookies), as Pact leaves them unsplit.
const UNSPLIT = new Set([
  'date',
  'expires',
  'last-modified',
  'if-modified-since',
  'if-unmodified-since',
  'retry-after',
  'set-cookie',
  'cookie',
  'user-agent',
  'authorization',
]);

/** The received request in the contract model, so core's matching compares it with each interaction's. */
export function actualRequest(request: MockRequest): HttpRequest {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(request.headers))
    headers[name] = UNSPLIT.has(name) ? values : values.flatMap(splitOutsideQuotes);
  return {
    method: request.method,
    path: safeDecode(request.path),
    query: request.query,
    rawQuery: request.rawQuery,
    headers,
    body: actualBody(request),
    matchingRules: {},
    generators: {},
  };
}

function actualBody(request: MockRequest): Body {
  if (request.body.length === 0) return { kind: 'absent' };
  const contentType = header(request, 'content-type');
  const text = request.body.toString('utf8');
  if (contentType === undefined || isJson(contentType)) {
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown, ...(contentType ? { contentType } : {}) };
    } catch {
      // Not JSON after all: compared as text below.
    }
  }
  if (contentType !== undefined && !/^(text\/|application\/(x-www-form-urlencoded|xml))/i.test(contentType))
    return { kind: 'binary', base64: request.body.toString('base64'), contentType };
  return { kind: 'text', text, ...(contentType ? { contentType } : {}) };
}

function splitOutsideQuotes(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
