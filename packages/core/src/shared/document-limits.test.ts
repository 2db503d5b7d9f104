import { describe, expect, it } from 'vitest';
import { jsonNestingDepth, valueNestingDepth } from './document-limits.js';

describe('jsonNestingDepth', () => {
  it('counts nesting and ignores brackets inside strings', () => {
    expect(jsonNestingDepth('{"a":[1,{"b":"[[[{"}]}')).toBe(3);
    expect(jsonNestingDepth('"\\"[[["')).toBe(0);
    // An escaped backslash does not escape the quote after it.
    expect(jsonNestingDepth('["a\\\\",["\\\\\\"]"]]')).toBe(2);
    expect(jsonNestingDepth('["unterminated [[[')).toBe(1);
  });

  it('stops early on hostile input', () => {
    const text = '['.repeat(5_000_000);
    expect(jsonNestingDepth(text, 100)).toBe(101);
  });
});

describe('valueNestingDepth', () => {
  it('measures parsed values without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(valueNestingDepth(deep, 1000)).toBe(1001);
    expect(valueNestingDepth({ a: [{ b: 1 }] })).toBe(3);
  });
});
