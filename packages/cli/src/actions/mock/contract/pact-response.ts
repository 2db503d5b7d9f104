import type { HttpResponse } from '@signet/core';
import type { MockResponse } from '../http/mock-exchange.js';

/**
 * An interaction's response as sent: its status, headers (repeats joined) and body, with the body's content type
 * when the headers name none. Generators are applied before (see applyGenerators).
 */
export function pactResponse(response: HttpResponse): MockResponse {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(response.headers))
    headers[name.toLowerCase()] = values.join(', ');
  const body = response.body;
  if (body.kind === 'absent') return { status: response.status, headers, body: '' };
  if (body.contentType && headers['content-type'] === undefined) headers['content-type'] = body.contentType;
  if (body.kind === 'json') {
    headers['content-type'] ??= 'application/json';
    return { status: response.status, headers, body: JSON.stringify(body.value) };
  }
  if (body.kind === 'text') return { status: response.status, headers, body: body.text };
  return { status: response.status, headers, body: Buffer.from(body.base64, 'base64') };
}
