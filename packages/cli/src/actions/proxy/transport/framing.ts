import { HttpSyntaxError } from './http-syntax-error.js';
import { headerValue, type MessageHead } from './message-head.js';
import type { Framing } from './message-reader.js';

/**
 * How a request's body is delimited: chunked, by Content-Length, or absent (RFC 9112 §6.3). A request the
 * target could delimit otherwise is refused: both headers (a server going by Content-Length would read the
 * chunked body's tail as another request), Transfer-Encoding from HTTP/1.0, a last coding other than chunked.
 */
export function requestFraming(head: MessageHead): Framing {
  const coding = headerValue(head.rawHeaders, 'transfer-encoding');
  if (coding !== undefined) {
    if (headerValue(head.rawHeaders, 'content-length') !== undefined)
      throw new HttpSyntaxError('both Transfer-Encoding and Content-Length');
    if (head.startLine[2] === 'HTTP/1.0')
      throw new HttpSyntaxError('Transfer-Encoding in an HTTP/1.0 request');
    if (lastCoding(coding) !== 'chunked')
      throw new HttpSyntaxError('request body with an unframed transfer coding');
    return { kind: 'chunked' };
  }
  const length = contentLength(head);
  return length === undefined ? { kind: 'none' } : { kind: 'length', length };
}

/**
 * How a response's body is delimited, which depends on the request it answers: none for HEAD, 1xx, 204
 * and 304; a tunnel after 101 or a successful CONNECT; else chunked, by length, or until the close.
 */
export function responseFraming(head: MessageHead, requestMethod: string): Framing {
  const status = Number(head.startLine[1]);
  if (status === 101 || (requestMethod === 'CONNECT' && status >= 200 && status < 300))
    return { kind: 'tunnel' };
  if (requestMethod === 'HEAD' || status < 200 || status === 204 || status === 304) return { kind: 'none' };
  const coding = headerValue(head.rawHeaders, 'transfer-encoding');
  if (coding !== undefined) return lastCoding(coding) === 'chunked' ? { kind: 'chunked' } : { kind: 'close' };
  const length = contentLength(head);
  return length === undefined ? { kind: 'close' } : { kind: 'length', length };
}

function lastCoding(value: string): string {
  return value
    .slice(value.lastIndexOf(',') + 1)
    .trim()
    .toLowerCase();
}

function contentLength(head: MessageHead): number | undefined {
  let length: number | undefined;
  for (let i = 0; i < head.rawHeaders.length; i += 2) {
    if (head.rawHeaders[i]!.toLowerCase() !== 'content-length') continue;
    for (const part of head.rawHeaders[i + 1]!.split(',')) {
      const text = part.trim();
      if (!/^\d{1,15}$/.test(text)) throw new HttpSyntaxError(`bad Content-Length "${text.slice(0, 20)}"`);
      const value = Number(text);
      if (length !== undefined && length !== value)
        throw new HttpSyntaxError('conflicting Content-Length values');
      length = value;
    }
  }
  return length;
}
