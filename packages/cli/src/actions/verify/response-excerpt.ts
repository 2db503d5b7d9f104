import type { Operation } from '@signet/core';
import { documentedResponse } from './checks/index.js';
import type { HttpResponse } from './http-sender.js';
import type { ResponseExcerpt } from './report-model.js';

/** How much of a body a failure shows: enough to see what is wrong, little enough to read 30 of. */
export const BODY_EXCERPT_CHARS = 500;

// Headers that explain an answer; the rest (date, connection, …) only add noise and change between runs.
const RELEVANT = ['content-type', 'content-length', 'content-encoding', 'location', 'www-authenticate'];

/**
 * What a failure shows of the provider's answer: the status, the relevant headers (those above, then those the
 * documented response declares) and the first {@link BODY_EXCERPT_CHARS} characters of the body.
 *
 * @example responseExcerpt(op, { status: 500, headers: { 'content-type': 'text/plain', date: '…' }, body: 'boom' })
 * // { status: 500, headers: { 'content-type': 'text/plain' }, body: 'boom' }
 */
export function responseExcerpt(operation: Operation, response: HttpResponse): ResponseExcerpt {
  const declared = Object.keys(documentedResponse(operation, response.status)?.headers ?? {})
    .map((name) => name.toLowerCase())
    .sort();
  const headers: Record<string, string> = {};
  for (const name of new Set([...RELEVANT, ...declared])) {
    const value = response.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  let body = response.body.slice(0, BODY_EXCERPT_CHARS);
  // Never cut a surrogate pair in half.
  if (body.length < response.body.length && /[\uD800-\uDBFF]$/.test(body)) body = body.slice(0, -1);
  const excerpt: ResponseExcerpt = { status: response.status, headers, body };
  if (body.length < response.body.length) excerpt.omitted = response.body.length - body.length;
  return excerpt;
}
