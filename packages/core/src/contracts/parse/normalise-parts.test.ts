import { describe, expect, it } from 'vitest';
import { ContractError } from '../contract-error.js';
import { normaliseBody } from './normalise-body.js';
import { normaliseHeaders, splitHeaderValue } from './normalise-headers.js';
import { normaliseQuery, parseQueryString } from './normalise-query.js';
import { normaliseMatchingRules } from './normalise-matching-rules.js';
import { normaliseProviderStates } from './normalise-provider-states.js';
import { toPactVersion } from './pact-version.js';
import type { ParseContext } from './parse-context.js';

const strict: ParseContext = { strict: true, version: '3' };
const lenient: ParseContext = { strict: false, version: '3' };
const v4: ParseContext = { strict: true, version: '4' };

describe('query', () => {
  it('decodes strings, keeps value order, skips empty segments', () => {
    expect(parseQueryString('a=1&b=x%20y&a=2&&c&d=e=f')).toEqual({
      a: ['1', '2'],
      b: ['x y'],
      c: [''],
      d: ['e=f'],
    });
    expect(parseQueryString('bad=%E0%A4%A')).toEqual({ bad: ['%E0%A4%A'] });
  });
  it('keeps __proto__ as an ordinary parameter', () => {
    const query = parseQueryString('__proto__=x');
    expect(Object.keys(query)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
  });
  it('accepts the map form and reports bad values in strict mode', () => {
    expect(normaliseQuery({ a: 'x', b: ['1', 2] }, strict, '/q')).toEqual({
      query: { a: ['x'], b: ['1', '2'] },
    });
    expect(() => normaliseQuery({ a: { nested: true } }, strict, '/q')).toThrow(ContractError);
    expect(normaliseQuery({ a: { nested: true } }, lenient, '/q')).toEqual({ query: {} });
  });
});

describe('headers', () => {
  it('splits on commas outside quotes, except for date-like headers', () => {
    expect(splitHeaderValue('Accept', 'a, b,c')).toEqual(['a', 'b', 'c']);
    expect(splitHeaderValue('X', 'a="1,2", b')).toEqual(['a="1,2"', 'b']);
    expect(splitHeaderValue('Date', 'Tue, 01 Jan 2030 00:00:00 GMT')).toEqual([
      'Tue, 01 Jan 2030 00:00:00 GMT',
    ]);
  });
  it('keeps v4 arrays and rejects objects with a location', () => {
    expect(normaliseHeaders({ A: ['x, y'], N: 5 }, strict, '/h')).toEqual({ A: ['x, y'], N: ['5'] });
    expect(() => normaliseHeaders({ A: { b: 1 } }, strict, '/h')).toThrow(
      expect.objectContaining({ location: '/h/A' }),
    );
  });
});

describe('bodies', () => {
  it('v1–v3: JSON values, text, empty and null', () => {
    expect(normaliseBody({ a: 1 }, true, undefined, strict, '/b')).toEqual({ kind: 'json', value: { a: 1 } });
    expect(normaliseBody(null, true, undefined, strict, '/b')).toEqual({ kind: 'json', value: null });
    expect(normaliseBody('', true, 'application/json', strict, '/b')).toEqual({
      kind: 'text',
      text: '',
      contentType: 'application/json',
    });
    expect(normaliseBody('<a/>', true, 'application/xml', strict, '/b')).toEqual({
      kind: 'text',
      text: '<a/>',
      contentType: 'application/xml',
    });
    expect(normaliseBody('{"a":1}', true, 'application/json', strict, '/b')).toEqual({
      kind: 'json',
      value: { a: 1 },
      contentType: 'application/json',
    });
    expect(normaliseBody(undefined, false, undefined, strict, '/b')).toEqual({ kind: 'absent' });
  });
  it('v4: encodings, content types and bad encodings', () => {
    expect(
      normaliseBody(
        { content: 'aGk=', contentType: 'text/plain', encoded: 'base64' },
        true,
        undefined,
        v4,
        '/b',
      ),
    ).toEqual({ kind: 'text', text: 'hi', contentType: 'text/plain' });
    expect(normaliseBody({ content: '"s"', encoded: 'JSON' }, true, 'application/json', v4, '/b')).toEqual({
      kind: 'json',
      value: 's',
      contentType: 'application/json',
    });
    expect(normaliseBody({ content: null }, true, undefined, v4, '/b')).toEqual({
      kind: 'json',
      value: null,
    });
    expect(() => normaliseBody({ content: 'x', encoded: 'rot13' }, true, undefined, v4, '/b')).toThrow(
      expect.objectContaining({ location: '/b/encoded' }),
    );
  });
});

describe('matching rules', () => {
  it('reads path/status rule lists and OR combination', () => {
    expect(
      normaliseMatchingRules(
        { status: { combine: 'OR', matchers: [{ match: 'statusCode', status: 'success' }] } },
        strict,
        '/r',
      ),
    ).toEqual({
      status: { '': { combine: 'OR', matchers: [{ match: 'statusCode', status: 'success' }] } },
    });
  });
  it('maps message content rules to the body category', () => {
    expect(
      Object.keys(
        normaliseMatchingRules({ content: { '$.a': { matchers: [{ match: 'type' }] } } }, strict, '/r'),
      ),
    ).toEqual(['body']);
  });
  it('keeps broken matchers in lenient mode so matching can report them', () => {
    expect(
      normaliseMatchingRules({ body: { '$.a': { matchers: [{ match: 'nope' }, 7] } } }, lenient, '/r'),
    ).toEqual({
      body: { '$.a': { combine: 'AND', matchers: [{ match: 'nope' }, { match: '<invalid>', value: 7 }] } },
    });
  });
  it('rejects a bad combine in strict mode', () => {
    expect(() =>
      normaliseMatchingRules(
        { body: { $: { combine: 'XOR', matchers: [{ match: 'type' }] } } },
        strict,
        '/r',
      ),
    ).toThrow(expect.objectContaining({ code: 'contract.matcher.invalid', location: '/r/body/$/combine' }));
  });
});

describe('provider states and versions', () => {
  it('reads v3 states and rejects nameless ones', () => {
    expect(
      normaliseProviderStates(
        { providerStates: [{ name: 'a' }, { name: 'b', params: { x: 1 } }] },
        strict,
        '/i',
      ),
    ).toEqual([{ name: 'a' }, { name: 'b', params: { x: 1 } }]);
    expect(() => normaliseProviderStates({ providerStates: [{}] }, strict, '/i')).toThrow(
      expect.objectContaining({ location: '/i/providerStates/0' }),
    );
  });
  it('maps version spellings', () => {
    expect([
      toPactVersion('1.0.0'),
      toPactVersion('1.1.0'),
      toPactVersion('v3'),
      toPactVersion(4),
      toPactVersion('5.0.0'),
      toPactVersion({}),
    ]).toEqual(['1', '1.1', '3', '4', undefined, undefined]);
  });
});
