import type { HttpRequest } from './request-model.js';

/**
 * The request as a curl command line that replays it exactly: method, URL, every header, the body verbatim.
 *
 * @example curlLine({ method: 'POST', url: 'http://h/p', headers: { 'content-type': 'application/json' }, body: '{}' })
 * // curl -X POST 'http://h/p' -H 'content-type: application/json' --data-raw '{}'
 */
export function curlLine(request: HttpRequest): string {
  const parts = ['curl'];
  if (request.method !== 'GET' || request.body !== undefined) parts.push('-X', request.method);
  parts.push(shellQuote(request.url));
  for (const [name, value] of Object.entries(request.headers))
    parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-raw', shellQuote(request.body));
  return parts.join(' ');
}

/** POSIX single-quoting: `it's` → `'it'\''s'`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
