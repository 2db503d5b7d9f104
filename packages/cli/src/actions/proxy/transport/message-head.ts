import type { IncomingHttpHeaders } from 'node:http';
import { HttpSyntaxError } from './http-syntax-error.js';

/** The start line and headers of one HTTP/1.x message, as sent. */
export interface MessageHead {
  /** `['GET', '/pets?x=1', 'HTTP/1.1']` for a request, `['HTTP/1.1', '200', 'OK']` for a response. */
  startLine: [string, string, string];
  /** `[name, value, name, value…]` with names as sent (like `IncomingMessage.rawHeaders`). */
  rawHeaders: string[];
}

/**
 * Parses a message head (the bytes before the blank line, decoded as latin1 so every byte survives).
 * Obsolete line folding is refused, as RFC 9112 §5.2 lets a server do.
 */
export function parseHead(text: string): MessageHead {
  const lines = text.split('\r\n');
  const first = lines[0]!;
  const a = first.indexOf(' ');
  const b = a < 0 ? -1 : first.indexOf(' ', a + 1);
  if (a <= 0) throw new HttpSyntaxError(`malformed start line "${first.slice(0, 80)}"`);
  const startLine: [string, string, string] =
    b < 0
      ? [first.slice(0, a), first.slice(a + 1), '']
      : [first.slice(0, a), first.slice(a + 1, b), first.slice(b + 1)];
  const rawHeaders: string[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0 || line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) {
      throw new HttpSyntaxError(`malformed header line "${line.slice(0, 80)}"`);
    }
    rawHeaders.push(line.slice(0, colon).trimEnd(), line.slice(colon + 1).trim());
  }
  return { startLine, rawHeaders };
}

/** Headers keyed by lower-case name as node:http presents them: repeats joined by `, `, `set-cookie` an array. */
export function headerRecord(rawHeaders: readonly string[]): IncomingHttpHeaders {
  const headers: Record<string, string | string[]> = {};
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    const value = rawHeaders[i + 1]!;
    const seen = headers[name];
    if (name === 'set-cookie') headers[name] = Array.isArray(seen) ? [...seen, value] : [value];
    else headers[name] = seen === undefined ? value : `${seen as string}, ${value}`;
  }
  return headers;
}

/** The last value of a header, by lower-case name, or undefined. */
export function headerValue(rawHeaders: readonly string[], lowerName: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === lowerName) found = rawHeaders[i + 1];
  }
  return found;
}
