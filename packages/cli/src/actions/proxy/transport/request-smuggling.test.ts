import { afterEach, describe, expect, it } from 'vitest';
import { startProxyServer } from '../proxy-server.js';
import { openRaw, sendRaw } from '../testing/raw-client.js';
import { startTappedUpstream, type TappedUpstream } from '../testing/tapped-upstream.js';

/** The request an ambiguous message hides: a server framing the message differently would read it next. */
const SMUGGLED = 'GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n';
const hexLength = (text: string): string => text.length.toString(16);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real proxy in front of a real target, with a tap recording the bytes that reach the target. */
async function proxyInFront(): Promise<{ proxy: string; upstream: TappedUpstream }> {
  const upstream = await startTappedUpstream();
  cleanups.push(() => upstream.close());
  const proxy = await startProxyServer({
    target: new URL(upstream.url),
    host: '127.0.0.1',
    port: 0,
    captureLimit: 1024,
    onExchange: () => undefined,
  });
  cleanups.push(() => proxy.close(100));
  return { proxy: proxy.url, upstream };
}

/** Asserts the answer is the proxy's own 400 naming `reason`, and nothing after it. */
function expectRefused(answer: string, reason: string): void {
  const split = answer.indexOf('\r\n\r\n');
  const head = answer.slice(0, split);
  const body = answer.slice(split + 4);
  expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  expect(head).toContain(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
  expect(body).toContain(`signet proxy: ${reason}`);
}

const post = (headers: string, body: string): string =>
  `POST /a HTTP/1.1\r\nHost: p\r\n${headers}\r\n\r\n${body}`;
const chunked = (body: string): string => post('Transfer-Encoding: chunked', body);

describe('signet proxy against request smuggling', () => {
  it.each([
    [
      'Content-Length with Transfer-Encoding',
      post(`Content-Length: 5\r\nTransfer-Encoding: chunked`, `0\r\n\r\n${SMUGGLED}`),
      'both Transfer-Encoding and Content-Length',
    ],
    [
      'Transfer-Encoding with Content-Length',
      post(
        `Transfer-Encoding: chunked\r\nContent-Length: 4`,
        `${hexLength(SMUGGLED)}\r\n${SMUGGLED}\r\n0\r\n\r\n`,
      ),
      'both Transfer-Encoding and Content-Length',
    ],
    [
      'two different Content-Length headers',
      post(`Content-Length: 0\r\nContent-Length: ${SMUGGLED.length}`, SMUGGLED),
      'conflicting Content-Length values',
    ],
    [
      'two different values in one Content-Length',
      post(`Content-Length: 0, ${SMUGGLED.length}`, SMUGGLED),
      'conflicting Content-Length values',
    ],
    ['a Content-Length that is not digits', post('Content-Length: +0', SMUGGLED), 'bad Content-Length "+0"'],
    [
      'a last transfer coding other than chunked',
      post('Transfer-Encoding: chunked, identity', `0\r\n\r\n${SMUGGLED}`),
      'request body with an unframed transfer coding',
    ],
    [
      'an unknown transfer coding',
      post('Transfer-Encoding: xchunked', `0\r\n\r\n${SMUGGLED}`),
      'request body with an unframed transfer coding',
    ],
    [
      'Transfer-Encoding in an HTTP/1.0 request',
      `POST /a HTTP/1.0\r\nHost: p\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${SMUGGLED}`,
      'Transfer-Encoding in an HTTP/1.0 request',
    ],
    [
      'a folded header line (obs-fold)',
      post(`Content-Length: 0\r\nX-Note: a\r\n Transfer-Encoding: chunked`, `0\r\n\r\n${SMUGGLED}`),
      'malformed header line " Transfer-Encoding: chunked"',
    ],
    [
      'a header line ended by a bare LF',
      post(
        `Content-Length: ${5 + SMUGGLED.length}\r\nX-Note: a\nTransfer-Encoding: chunked`,
        `0\r\n\r\n${SMUGGLED}`,
      ),
      'bare LF in the request head',
    ],
    [
      'a header line ended by a bare CR',
      post(
        `Content-Length: ${5 + SMUGGLED.length}\r\nX-Note: a\rTransfer-Encoding: chunked`,
        `0\r\n\r\n${SMUGGLED}`,
      ),
      'bare CR in the request head',
    ],
    [
      'a NUL in a header value',
      post(`Content-Length: ${SMUGGLED.length}\r\nX-Note: a\0b`, SMUGGLED),
      'control character in the value of X-Note',
    ],
    [
      'whitespace between a header name and its colon',
      post(`Content-Length: ${5 + SMUGGLED.length}\r\nTransfer-Encoding : chunked`, `0\r\n\r\n${SMUGGLED}`),
      'malformed header name "Transfer-Encoding "',
    ],
    [
      'a request line with a tab in it',
      `GET /a\tHTTP/1.1 HTTP/1.1\r\nHost: p\r\n\r\n${SMUGGLED}`,
      'malformed request line',
    ],
    [
      'an HTTP version other than 1.0 and 1.1',
      `GET /a HTTP/1.2\r\nHost: p\r\n\r\n`,
      'malformed request line',
    ],
    [
      'an absolute-form target that is not a URL',
      `GET http://[::1/a HTTP/1.1\r\nHost: p\r\n\r\n${SMUGGLED}`,
      'malformed request target',
    ],
    [
      'a head larger than 64 KiB',
      `GET /a HTTP/1.1\r\nHost: p\r\nX-Pad: ${'a'.repeat(70 * 1024)}\r\n\r\n`,
      'message head larger than 64 KiB',
    ],
  ])('refuses %s before sending anything to the target', async (_name, request, reason) => {
    const { proxy, upstream } = await proxyInFront();
    expectRefused(await sendRaw(proxy, request), reason);
    await upstream.idle();
    expect(upstream.bytes()).toBe('');
    expect(upstream.requests).toEqual([]);
  });

  it.each([
    ['a chunk size that is not hex', chunked(`zz\r\n${SMUGGLED}`), 'chunked body: bad chunk size "zz"'],
    [
      'a chunk size with junk after it',
      chunked(`0 x\r\n\r\n${SMUGGLED}`),
      'chunked body: bad chunk size "0 x"',
    ],
    [
      'a control character in a chunk extension',
      chunked(`0;a\0b\r\n\r\n${SMUGGLED}`),
      'chunked body: bad chunk size',
    ],
    [
      'a chunk size past 2^53',
      chunked(`fffffffffffffff\r\n${SMUGGLED}`),
      'chunked body: chunk size too large',
    ],
    [
      'a chunk size longer than 15 digits',
      chunked(`0000000000000000${hexLength(SMUGGLED)}\r\n${SMUGGLED}\r\n0\r\n\r\n`),
      'chunked body: bad chunk size',
    ],
    [
      'a chunk size line ended by a bare LF',
      chunked(`0\n\r\n${SMUGGLED}`),
      'chunked body: line not ended by CRLF',
    ],
    [
      'a bare LF inside a chunk extension',
      chunked(`2;a\nxx\r\n0\r\n\r\n${SMUGGLED}`),
      'chunked body: line not ended by CRLF',
    ],
    [
      'a bare CR inside a chunk extension',
      chunked(`0;a\rb\r\n\r\n${SMUGGLED}`),
      'chunked body: bare CR in a line',
    ],
    [
      'chunk data longer than its size',
      chunked(`2\r\nxx0\r\n\r\n${SMUGGLED}\r\n0\r\n\r\n`),
      'chunked body: missing CRLF after chunk data',
    ],
    [
      'chunk data ended by a bare LF',
      chunked(`2\r\nxx\n0\r\n\r\n${SMUGGLED}`),
      'chunked body: line not ended by CRLF',
    ],
    [
      'a trailer that is a request line',
      chunked(`0\r\n${SMUGGLED}`),
      'malformed header name "GET /smuggled HTTP/1.1"',
    ],
    [
      'a trailer line ended by a bare LF',
      chunked(`0\r\nX-Trailer: a\n\r\n${SMUGGLED}`),
      'chunked body: line not ended by CRLF',
    ],
  ])('refuses a chunked body with %s', async (_name, request, reason) => {
    const { proxy, upstream } = await proxyInFront();
    expectRefused(await sendRaw(proxy, request), reason);
    await upstream.idle();
    // The head may have gone ahead of the body; the body's bytes, and what they hide, never do.
    expect(upstream.bytes()).not.toContain('smuggled');
    expect(upstream.requests).toEqual([]);
  });

  it('reads nothing more from a client it refused, even a well-formed request', async () => {
    const { proxy, upstream } = await proxyInFront();
    const refused = await openRaw(proxy);
    cleanups.push(() => Promise.resolve(refused.destroy()));
    refused.write(post('X-Note: a\0b', ''));
    expectRefused(await refused.received(/signet proxy: .*\n$/), 'control character in the value of X-Note');
    refused.write(SMUGGLED);
    // A request on a fresh connection, sent after the smuggled bytes, is the only one the target reads.
    const after = await sendRaw(proxy, 'GET /after HTTP/1.1\r\nHost: p\r\n\r\n', /\r\n\r\nok$/);
    expect(after).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    await refused.end();
    await upstream.idle();
    expect(upstream.requests).toEqual([{ method: 'GET', url: '/after', body: '' }]);
    expect(upstream.bytes()).not.toContain('smuggled');
  });

  it('sends one Content-Length with the length it framed by, however the client repeated it', async () => {
    const { proxy, upstream } = await proxyInFront();
    for (const lengths of [
      'Content-Length: 5\r\nContent-Length: 5',
      'Content-Length: 5, 5',
      'content-length:  05 ',
    ]) {
      const before = upstream.bytes().length;
      const answer = await sendRaw(proxy, post(lengths, 'hello'), /\r\n\r\nok$/);
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      const name = lengths.startsWith('content') ? 'content-length' : 'Content-Length';
      expect(upstream.bytes().slice(before)).toBe(
        `POST /a HTTP/1.1\r\nHost: ${upstream.host}\r\n${name}: 5\r\n\r\nhello`,
      );
    }
    expect(upstream.requests).toEqual(Array(3).fill({ method: 'POST', url: '/a', body: 'hello' }));
  });

  it('sends one Host, naming the target, however many the client sent, and no empty lines before it', async () => {
    const { proxy, upstream } = await proxyInFront();
    const request = '\r\n\nGET /a HTTP/1.1\r\nHost: p\r\nHost: other\r\n\r\n';
    const answer = await sendRaw(proxy, request, /\r\n\r\nok$/);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(upstream.bytes()).toBe(`GET /a HTTP/1.1\r\nHost: ${upstream.host}\r\n\r\n`);
  });

  it('forwards a well-framed chunked body holding a request as that body, not as a second request', async () => {
    const { proxy, upstream } = await proxyInFront();
    const body = `${hexLength(SMUGGLED)};note=1\r\n${SMUGGLED}\r\n0\r\nX-Trailer: t\r\n\r\n`;
    const answer = await sendRaw(proxy, chunked(body), /\r\n\r\nok$/);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(upstream.bytes()).toBe(
      `POST /a HTTP/1.1\r\nHost: ${upstream.host}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`,
    );
    expect(upstream.requests).toEqual([{ method: 'POST', url: '/a', body: SMUGGLED }]);
  });
});
