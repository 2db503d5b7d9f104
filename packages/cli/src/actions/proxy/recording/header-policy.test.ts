import { describe, expect, it } from 'vitest';
import { recordRequestHeaders, recordResponseHeaders } from './header-policy.js';
import { redactHeader } from './rules/index.js';

describe('recordRequestHeaders', () => {
  it('keeps content-type, accept and steady custom headers; drops transport, client and tracing headers', () => {
    const { headers } = recordRequestHeaders({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-tenant': 'acme',
      'x-request-id': '3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00',
      'x-forwarded-for': '10.0.0.1',
      'user-agent': 'curl/8',
      host: 'localhost:8080',
      'content-length': '12',
      connection: 'keep-alive, x-hop',
      'x-hop': 'only for this connection',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      te: 'trailers',
      'proxy-authorization': 'Basic cHJveHk6c2VjcmV0',
      date: 'Tue, 01 Jan 2030 00:00:00 GMT',
      'sec-fetch-mode': 'cors',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    });
    expect(headers).toEqual({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-tenant': 'acme',
    });
  });

  it('replaces credentials by placeholders with rules, never keeping their values', () => {
    const recorded = recordRequestHeaders({
      authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.secret.sig',
      cookie: 'session=abc123secret; theme=dark',
      'x-api-key': 'key-abc-123',
      'api-token': 'tok',
    });
    expect(recorded.headers).toEqual({
      authorization: 'Bearer REDACTED',
      cookie: 'session=REDACTED; theme=REDACTED',
      'x-api-key': 'REDACTED',
      'api-token': 'REDACTED',
    });
    expect(JSON.stringify(recorded)).not.toMatch(/secret|abc123|key-abc|dark|tok"/);
    expect(recorded.rules.authorization).toEqual([{ match: 'regex', regex: '^Bearer .+$' }]);
    expect(recorded.rules['x-api-key']).toEqual([{ match: 'type' }]);
  });

  it('keeps a header called __proto__ as an ordinary key', () => {
    const headers = Object.fromEntries([['__proto__', 'x']]) as Record<string, string>;
    const recorded = recordRequestHeaders(headers);
    expect(Object.getPrototypeOf(recorded.headers)).toBe(Object.prototype);
    expect(Object.keys(recorded.headers)).toEqual(['__proto__']);
  });
});

describe('redactHeader', () => {
  it('keeps the Authorization scheme and escapes it in the rule', () => {
    expect(redactHeader('authorization', 'Basic dXNlcjpwYXNz')).toEqual({
      value: 'Basic REDACTED',
      rule: { match: 'regex', regex: '^Basic .+$' },
    });
    expect(redactHeader('authorization', 'rawtoken')).toEqual({ value: 'REDACTED', rule: { match: 'type' } });
  });
});

describe('recordResponseHeaders', () => {
  it('keeps only the content type', () => {
    const recorded = recordResponseHeaders({
      'content-type': 'text/plain',
      'set-cookie': ['a=b'],
      etag: '"1"',
      'x-served-by': 'x',
    });
    expect(recorded.headers).toEqual({ 'content-type': 'text/plain' });
  });
});
