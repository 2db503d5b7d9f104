import { describe, expect, it } from 'vitest';
import { checkMatcher } from './check-matcher.js';
import { checkContentType } from './content-type-matcher.js';

const ctx = { direct: true, stringly: false };

describe('values, eachKey, eachValue, arrayContains, contentType', () => {
  it('values needs a container of the example kind', () => {
    expect(checkMatcher({ match: 'values' }, { a: 1 }, { b: 2 }, ctx)).toBeUndefined();
    expect(checkMatcher({ match: 'values' }, { a: 1 }, [1], ctx)).toMatch(/object/);
  });

  it('eachKey applies its rules to every key', () => {
    const matcher = { match: 'eachKey', rules: [{ match: 'regex', regex: '[a-z]+' }] };
    expect(checkMatcher(matcher, { a: 1 }, { abc: 1, xyz: 2 }, ctx)).toBeUndefined();
    expect(checkMatcher(matcher, { a: 1 }, { abc: 1, X1: 2 }, ctx)).toMatch(/Key 'X1'/);
  });

  it('eachValue applies its rules to every value against the first example', () => {
    const matcher = { match: 'eachValue', rules: [{ match: 'type' }] };
    expect(checkMatcher(matcher, { a: 'x' }, { b: 'y', c: 'z' }, ctx)).toBeUndefined();
    expect(checkMatcher(matcher, ['x'], ['y', 3], ctx)).toMatch(/Value 1/);
    expect(checkMatcher(matcher, ['x'], 'y', ctx)).toMatch(/object or array/);
  });

  it('arrayContains finds each variant somewhere in the array', () => {
    const matcher = {
      match: 'arrayContains',
      variants: [{ index: 0, rules: { '$.id': { matchers: [{ match: 'integer' }] } } }, { index: 1 }],
    };
    const element = {
      ...ctx,
      matchesElement: (e: unknown, a: unknown, rules: Record<string, unknown>) =>
        JSON.stringify(e) === JSON.stringify(a) ||
        (Object.keys(rules).length > 0 && typeof (a as { id?: unknown }).id === 'number'),
    };
    expect(checkMatcher(matcher, [{ id: 1 }, 'b'], ['b', { id: 99 }], element)).toBeUndefined();
    expect(checkMatcher(matcher, [{ id: 1 }, 'b'], [{ id: 99 }], element)).toMatch(/variant 1/);
    expect(checkMatcher(matcher, [{ id: 1 }], 'nope', element)).toMatch(/array/);
  });

  it('contentType sniffs bytes and text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    expect(checkContentType({ match: 'contentType', value: 'image/png' }, '', png, ctx)).toBeUndefined();
    expect(checkContentType({ match: 'contentType', value: 'image/jpeg' }, '', png, ctx)).toMatch(
      /looks like image\/png/,
    );
    expect(
      checkContentType({ match: 'contentType', value: 'application/json' }, '', '{"a":1}', ctx),
    ).toBeUndefined();
    expect(checkContentType({ match: 'contentType', value: 'application/xml' }, '', 'hello', ctx)).toMatch(
      /text\/plain/,
    );
  });

  it('unknown matchers are mismatches, not exceptions', () => {
    expect(checkMatcher({ match: 'telepathy' }, 1, 1, ctx)).toMatch(/Unknown matcher/);
    expect(checkMatcher({ match: 'toString' }, 1, 1, ctx)).toMatch(/Unknown matcher/);
  });
});
