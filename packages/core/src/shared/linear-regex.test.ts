import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtExpression, quoteLiteral, schemaPattern, wholeTextPattern } from './linear-regex.js';

const test = (pattern: string, text: string): boolean | string => {
  const compiled = schemaPattern(pattern);
  return compiled.ok ? compiled.regex.test(text) : compiled.reason;
};

describe('schemaPattern', () => {
  it('searches, as JSON Schema patterns do', () => {
    expect(test('abc', 'xabcx')).toBe(true);
    expect(test('^abc$', 'xabcx')).toBe(false);
  });

  it('runs catastrophic patterns in linear time', () => {
    // A backtracking engine would not finish this in a lifetime; finishing at all is the proof.
    expect(test('^(a+)+$', 'a'.repeat(10_000) + '!')).toBe(false);
    expect(test('^(a|aa)*$', 'a'.repeat(10_000) + '!')).toBe(false);
  });

  it('keeps the ECMAScript meaning where RE2 differs', () => {
    expect(test('^a.b$', 'a\rb')).toBe(false);
    expect(test('^a.b$', 'a\u2028b')).toBe(false);
    expect(test('^\\s$', '\u00a0')).toBe(true);
    expect(test('^\\s$', '\ufeff')).toBe(true);
    expect(test('^[\\S]$', '\u3000')).toBe(false);
    expect(test('^[^\\S]$', '\u3000')).toBe(true);
    expect(test('^\\u0041\\u{1F600}$', 'A😀')).toBe(true);
    expect(test('^\\uD83D\\uDE00$', '😀')).toBe(true);
    expect(test('^\\cJ$', '\n')).toBe(true);
    expect(test('^[^]$', '\n')).toBe(true);
    expect(test('[]', 'anything')).toBe(false);
    // ECMAScript: the class `[[:alpha:]` then the empty class; RE2 would read a POSIX class.
    expect(test('^[[:alpha:][]', 'x')).toBe(false);
    expect(test('^[[:alpha:]', 'h')).toBe(true);
    expect(test('^\\p{Script=Greek}+$', 'αβ')).toBe(true);
    expect(test('^\\p{Lu}$', 'É')).toBe(true);
    expect(test('^.$', '😀')).toBe(true);
  });

  it('falls back to RegExp for short lookaround and backreference patterns only', () => {
    expect(test('^(?=.*\\d)[a-z0-9]+$', 'abc1')).toBe(true);
    expect(test('^(?=.*\\d)[a-z0-9]+$', 'abc')).toBe(false);
    expect(test('^(a)\\1$', 'aa')).toBe(true);
    expect(test('^(?=a)(a+)+$', 'aaa')).toMatch(
      /regular expression '\^\(\?=a\)\(a\+\)\+\$' is not supported/,
    );
    expect(test(`(?=a)${'a'.repeat(300)}`, 'a')).toMatch(/not supported/);
  });

  it('refuses invalid and over-long patterns with a message', () => {
    expect(test('(', 'x')).toMatch(/invalid regular expression '\('/);
    expect(test('a'.repeat(4097), 'a')).toMatch(/the limit is 4096/);
  });

  // Simple patterns (no nested quantifiers, so RegExp is a safe oracle) over text full of the characters where
  // ECMAScript and RE2 disagree: the linear engine must answer exactly as RegExp with the `u` flag does.
  it('agrees with RegExp on simple patterns', () => {
    const chars = ['a', 'b', 'A', '0', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\ufeff', 'é', '😀', '-'];
    const atom = fc.constantFrom(
      'a',
      'b',
      'A',
      '0',
      '.',
      '\\s',
      '\\S',
      '\\d',
      '\\D',
      '\\w',
      '\\W',
      '\\b',
      '\\B',
      '\\u00e9',
      '\\u{1F600}',
      '[ab]',
      '[^a]',
      '[\\s0]',
      '[^\\S]',
      '[a-z]',
      '[\\w-]',
      '\\p{L}',
      '\\P{Lu}',
      '\\n',
      '[\\-a]',
      '\\.',
      '[^]',
      '(ab|b)',
    );
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '*?');
    const piece = fc.tuple(atom, quantifier).map(([a, q]) => (a === '\\b' || a === '\\B' ? a : a + q));
    const pattern = fc
      .tuple(
        fc.constantFrom('', '^'),
        fc.array(piece, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', '$'),
      )
      .map(([start, pieces, end]) => start + pieces.join('') + end);
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((list) => list.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        expect(test(p, t)).toBe(new RegExp(p, 'u').test(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wholeTextPattern', () => {
  it('matches the whole text only', () => {
    const compiled = wholeTextPattern('\\d+');
    expect(compiled.ok && compiled.regex.test('123')).toBe(true);
    expect(compiled.ok && compiled.regex.test('a123')).toBe(false);
  });
});

describe('builtExpression', () => {
  it('captures groups as a backtracking engine would, in linear time', () => {
    const compiled = builtExpression(`^${quoteLiteral('v.')}(.+?)${quoteLiteral('-')}(.+?)$`, {
      dotAll: true,
    });
    expect(compiled.ok && compiled.regex.exec('v.1-2-3')).toEqual(['1', '2-3']);
    expect(compiled.ok && compiled.regex.exec('x.1-2')).toBeUndefined();
    const many = builtExpression(`^${'(.+?)'.repeat(12)}x$`, { dotAll: true });
    expect(many.ok && many.regex.test('a'.repeat(5000))).toBe(false);
  });

  it('reports what RE2 cannot compile', () => {
    expect(builtExpression('\\d{5000}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/repeat/),
    });
  });
});
