import { splitHeaderValue, type Body, type HttpRequest } from '@signet/core';
import { header, type MockRequest } from '../http/mock-exchange.js';
import { isJson } from '../spec/media-types.js';

/** The received request in the contract model, so core's matching compares it with each interaction's. */
export function actualRequest(request: MockRequest): HttpRequest {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(request.headers))
    // Split as core splits a contract's headers (dates, cookies and the like stay whole), so both sides compare alike.
    headers[name] = values.flatMap((value) => splitHeaderValue(name, value));
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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
