import { describe, expect, it } from 'vitest';
import { fullMatch, hasNestedQuantifier, MAX_PATTERN_LENGTH } from './safe-regex.js';

describe('safe regex', () => {
  it('runs catastrophic patterns in linear time', () => {
    const started = Date.now();
    expect(fullMatch('^(a+)+$', 'a'.repeat(50_000) + '!')).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('falls back to RegExp for short lookaround patterns only', () => {
    expect(fullMatch('(?=.*\\d)[a-z0-9]+', 'abc1')).toBe(true);
    expect(fullMatch('(?=.*\\d)[a-z0-9]+', 'abc')).toBe(false);
    expect(fullMatch('(a)\\1', 'aa')).toBe(true);
    expect(fullMatch('(?=x)(a+)+', 'aaa')).toMatch(/not supported/);
  });

  it('refuses over-long and invalid patterns with a message', () => {
    expect(fullMatch('a'.repeat(MAX_PATTERN_LENGTH + 1), 'a')).toMatch(/limit is 4096/);
    expect(fullMatch('(', 'x')).toMatch(/invalid regular expression/);
  });

  it('spots nested quantifiers', () => {
    expect(hasNestedQuantifier('(a+)+')).toBe(true);
    expect(hasNestedQuantifier('(?:a*b)*')).toBe(true);
    expect(hasNestedQuantifier('(ab)+c*')).toBe(false);
    expect(hasNestedQuantifier('\\(a+\\)+')).toBe(false);
  });
});
