import { checkFieldLine, hasControl, isToken, quote } from './field-syntax.js';
import { HttpSyntaxError } from './http-syntax-error.js';
import { parseHead, type MessageHead } from './message-head.js';
import type { MessageSyntax } from './message-reader.js';

const VERSION = /^HTTP\/1\.[01]$/;

/**
 * Parses a request head as strictly as RFC 9112 lets a server: lines end with CRLF, the request line is
 * `method target HTTP/1.x`, every header line is a token, a colon and a value without control characters.
 * The proxy forwards what it framed, so anything a lenient server could frame differently is refused here.
 *
 * @example parseRequestHead('GET /pets HTTP/1.1\r\nHost: x').startLine // ['GET', '/pets', 'HTTP/1.1']
 */
export function parseRequestHead(text: string): MessageHead {
  const lines = text.split('\r\n');
  // Some servers end a line at a lone LF (or CR) and others do not: one reads a header the other cannot see.
  if (lines.some((line) => line.includes('\n')))
    throw new HttpSyntaxError('bare LF in the request head (lines end with CRLF)');
  if (lines.some((line) => line.includes('\r')))
    throw new HttpSyntaxError('bare CR in the request head (lines end with CRLF)');
  const head = parseHead(text);
  const [method, target, version] = head.startLine;
  if (!isToken(method) || !validTarget(target) || !VERSION.test(version))
    throw new HttpSyntaxError(`malformed request line ${quote(lines[0]!)}`);
  for (const line of lines.slice(1)) checkFieldLine(line);
  return head;
}

function validTarget(target: string): boolean {
  return target !== '' && !target.includes('\t') && !hasControl(target);
}

/** How the proxy reads what clients send: strict heads, strict chunked bodies. */
export const REQUEST_SYNTAX: MessageSyntax = { parseHead: parseRequestHead, strictChunks: true };
