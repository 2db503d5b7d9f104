import { describe, expect, it } from 'vitest';
import { checkRegex } from './regex-matcher.js';

const ctx = { direct: true, stringly: false };

describe('regex matcher', () => {
  it('matches the whole value, not a substring', () => {
    expect(checkRegex({ match: 'regex', regex: '\\d+' }, '', '123', ctx)).toBeUndefined();
    expect(
      checkRegex({ match: 'regex', regex: 'alligator named .{4}' }, '', 'alligator named brent', ctx),
    ).toMatch(/to match/);
  });

  it('matches numbers and booleans by their text, never objects', () => {
    expect(checkRegex({ match: 'regex', regex: '[0-9]' }, 4, 4, ctx)).toBeUndefined();
    expect(checkRegex({ match: 'regex', regex: 'true|false' }, true, false, ctx)).toBeUndefined();
    expect(checkRegex({ match: 'regex', regex: '.*' }, {}, { a: 1 }, ctx)).toMatch(/not a string/);
  });

  it('reports a missing or unsupported pattern instead of throwing', () => {
    expect(checkRegex({ match: 'regex' }, '', 'x', ctx)).toMatch(/no "regex"/);
    expect(checkRegex({ match: 'regex', regex: '(' }, '', 'x', ctx)).toMatch(/Cannot apply/);
  });
});
