import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_LENGTH } from '../../shared/linear-regex.js';
import { fullMatch } from './safe-regex.js';

describe('safe regex', () => {
  it('runs catastrophic patterns in linear time', () => {
    // A backtracking engine would take longer than the universe's age on this; finishing at all proves it.
    expect(fullMatch('^(a+)+$', 'a'.repeat(50_000) + '!')).toBe(false);
  });

  it('matches the whole text', () => {
    expect(fullMatch('\\d+', '123')).toBe(true);
    expect(fullMatch('\\d+', 'a123')).toBe(false);
    expect(fullMatch('a|b', 'ab')).toBe(false);
  });

  it('falls back to RegExp for short lookaround patterns only', () => {
    expect(fullMatch('(?=.*\\d)[a-z0-9]+', 'abc1')).toBe(true);
    expect(fullMatch('(?=.*\\d)[a-z0-9]+', 'abc')).toBe(false);
    expect(fullMatch('(a)\\1', 'aa')).toBe(true);
    expect(fullMatch('(?=x)(a+)+', 'aaa')).toMatch(/not supported/);
    expect(fullMatch('(?=a)(a|a)*', 'aaa')).toMatch(/not supported/);
  });

  it('refuses over-long and invalid patterns with a message', () => {
    expect(fullMatch('a'.repeat(MAX_PATTERN_LENGTH + 1), 'a')).toMatch(/limit is 4096/);
    expect(fullMatch('(', 'x')).toMatch(/invalid regular expression/);
  });
});
