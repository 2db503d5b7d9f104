import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestFraming, responseFraming } from './framing.js';
import { HttpSyntaxError } from './http-syntax-error.js';
import { parseHead } from './message-head.js';
import { MessageReader, type Framing } from './message-reader.js';

interface Seen {
  heads: string[];
  raw: string;
  bodies: string[];
}

/** A reader of requests that records what it reports; bodies are collected per message. */
function requestReader(): { reader: MessageReader; seen: Seen } {
  const seen: Seen = { heads: [], raw: '', bodies: [] };
  let body = '';
  const reader = new MessageReader({
    onHead: (head) => {
      seen.heads.push(`${head.startLine[0]} ${head.startLine[1]}`);
      return requestFraming(head);
    },
    onBodyRaw: (raw) => (seen.raw += raw.toString('latin1')),
    onBodyData: (data) => (body += data.toString('latin1')),
    onEnd: () => {
      seen.bodies.push(body);
      body = '';
    },
  });
  return { reader, seen };
}

const pipelined =
  'GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
  'POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' +
  'PUT /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n' +
  'DELETE /d HTTP/1.1\r\nHost: x\r\n\r\n';

describe('MessageReader', () => {
  it('frames pipelined requests: no body, Content-Length, chunked with extensions and trailers', () => {
    const { reader, seen } = requestReader();
    reader.feed(Buffer.from(pipelined, 'latin1'));
    expect(seen.heads).toEqual(['GET /a', 'POST /b', 'PUT /c', 'DELETE /d']);
    expect(seen.bodies).toEqual(['', 'hello', 'abcde', '']);
    expect(seen.raw).toBe('hello3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n');
    expect(reader.idle).toBe(true);
  });

  it('gives the same messages however the bytes are split into chunks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: pipelined.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const { reader, seen } = requestReader();
          const points = [0, ...cuts.sort((a, b) => a - b), pipelined.length];
          for (let i = 1; i < points.length; i += 1) {
            reader.feed(Buffer.from(pipelined.slice(points[i - 1], points[i]), 'latin1'));
          }
          expect(seen.heads).toEqual(['GET /a', 'POST /b', 'PUT /c', 'DELETE /d']);
          expect(seen.bodies).toEqual(['', 'hello', 'abcde', '']);
        },
      ),
    );
  });

  it('refuses bytes it cannot frame, and never throws anything else on arbitrary input', () => {
    for (const bad of [
      'GET /a HTTP/1.1\r\n folded: x\r\n\r\n',
      'POST /a HTTP/1.1\r\nContent-Length: 1x\r\n\r\n',
      'POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
      'POST /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n',
      'POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ]) {
      expect(() => requestReader().reader.feed(Buffer.from(bad))).toThrow(HttpSyntaxError);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          requestReader().reader.feed(Buffer.from(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(HttpSyntaxError);
        }
      }),
    );
  });

  it('reports a connection closed in the middle of a message', () => {
    const { reader } = requestReader();
    reader.feed(Buffer.from('POST /a HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc'));
    expect(() => reader.finish()).toThrow('closed in the middle of a message');
  });
});

describe('responseFraming', () => {
  const frame = (head: string, method = 'GET'): Framing => responseFraming(parseHead(head), method);

  it('knows which answers have no body, which open a tunnel, and how the rest are delimited', () => {
    expect(frame('HTTP/1.1 200 OK\r\nContent-Length: 4', 'HEAD')).toEqual({ kind: 'none' });
    expect(frame('HTTP/1.1 204 No Content')).toEqual({ kind: 'none' });
    expect(frame('HTTP/1.1 304 Not Modified\r\nContent-Length: 10')).toEqual({ kind: 'none' });
    expect(frame('HTTP/1.1 100 Continue')).toEqual({ kind: 'none' });
    expect(frame('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket')).toEqual({ kind: 'tunnel' });
    expect(frame('HTTP/1.1 200 Connection established', 'CONNECT')).toEqual({ kind: 'tunnel' });
    expect(frame('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked')).toEqual({ kind: 'chunked' });
    expect(frame('HTTP/1.1 200 OK\r\nContent-Length: 12')).toEqual({ kind: 'length', length: 12 });
    expect(frame('HTTP/1.0 200 OK')).toEqual({ kind: 'close' });
  });
});
