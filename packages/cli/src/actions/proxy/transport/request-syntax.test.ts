import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestFraming } from './framing.js';
import { HttpSyntaxError } from './http-syntax-error.js';
import { MessageReader } from './message-reader.js';
import { parseRequestHead, REQUEST_SYNTAX } from './request-syntax.js';

/** A strict request reader; returns the `method target` of each message and its de-chunked body. */
function readStrictly(bytes: Buffer): string[] {
  const seen: string[] = [];
  let body = '';
  const reader = new MessageReader(
    {
      onHead: (head) => {
        seen.push(`${head.startLine[0]} ${head.startLine[1]}`);
        return requestFraming(head);
      },
      onBodyRaw: () => undefined,
      onBodyData: (data) => (body += data.toString('latin1')),
      onEnd: () => {
        seen.push(body);
        body = '';
      },
    },
    REQUEST_SYNTAX,
  );
  reader.feed(bytes);
  return seen;
}

describe('parseRequestHead', () => {
  it('reads a well-formed head as parseHead does', () => {
    expect(parseRequestHead('GET /pets?a=1 HTTP/1.1\r\nHost: x\r\nX-Empty:\r\nAccept: \t*/*')).toEqual({
      startLine: ['GET', '/pets?a=1', 'HTTP/1.1'],
      rawHeaders: ['Host', 'x', 'X-Empty', '', 'Accept', '*/*'],
    });
  });

  it('keeps obs-text (bytes 0x80–0xFF) in values: only control characters are refused', () => {
    expect(parseRequestHead('GET / HTTP/1.0\r\nX-Name: caf\u00e9').rawHeaders).toEqual([
      'X-Name',
      'caf\u00e9',
    ]);
  });
});

describe('a strict request reader', () => {
  it('frames well-formed requests, chunk extensions and trailers included', () => {
    const text =
      'POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi' +
      'PUT /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 ;ext="q;v"\r\nabc\r\n0\r\nX-Trailer: t\r\n\r\n';
    expect(readStrictly(Buffer.from(text, 'latin1'))).toEqual(['POST /a', 'hi', 'PUT /b', 'abc']);
  });

  it('never throws anything but HttpSyntaxError on arbitrary input', () => {
    const start = Buffer.from('POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n', 'latin1');
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 300 }), (prefixed, bytes) => {
        try {
          readStrictly(prefixed ? Buffer.concat([start, bytes]) : Buffer.from(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(HttpSyntaxError);
        }
      }),
    );
  });
});
