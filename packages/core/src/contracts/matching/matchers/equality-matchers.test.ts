import { describe, expect, it } from 'vitest';
import { checkEquality, checkInclude } from './equality-matchers.js';

const ctx = { direct: true, stringly: false };

describe('equality and include', () => {
  it('equality compares deeply', () => {
    expect(checkEquality({ match: 'equality' }, { a: [1] }, { a: [1] }, ctx)).toBeUndefined();
    expect(checkEquality({ match: 'equality' }, { a: [1] }, { a: [1, 2] }, ctx)).toMatch(/to equal/);
    expect(checkEquality({ match: 'equality' }, 1, '1', ctx)).toMatch(/to equal/);
  });

  it('include looks for the value in the text', () => {
    expect(checkInclude({ match: 'include', value: 'gat' }, '', 'alligator', ctx)).toBeUndefined();
    expect(checkInclude({ match: 'include', value: '42' }, '', 1420, ctx)).toBeUndefined();
    expect(checkInclude({ match: 'include', value: 'x' }, '', 'abc', ctx)).toMatch(/include 'x'/);
    expect(checkInclude({ match: 'include' }, '', 'abc', ctx)).toMatch(/no string "value"/);
  });
});
