import { describe, expect, it } from 'vitest';
import { childPointer, pointerToFragment, pointerTokens, valueAt } from './pointer.js';

describe('JSON pointers', () => {
  it('escapes and unescapes ~ and /', () => {
    const pointer = childPointer('', 'paths', '/a~b', 0);
    expect(pointer).toBe('/paths/~1a~0b/0');
    expect(pointerTokens(pointer)).toEqual(['paths', '/a~b', '0']);
  });

  it('reads own properties only', () => {
    const root = { a: [{ b: 1 }] };
    expect(valueAt(root, '/a/0/b')).toBe(1);
    expect(valueAt(root, '/a/1')).toBeUndefined();
    expect(valueAt(root, '/constructor')).toBeUndefined();
    expect(valueAt(root, '/a/length')).toBe(1);
  });

  it('percent-encodes fragments so %, spaces and braces survive URI handling', () => {
    expect(pointerToFragment('/schemas/a b/100%/{x}')).toBe('#/schemas/a%20b/100%25/%7Bx%7D');
    expect(pointerToFragment('/paths/~1pets')).toBe('#/paths/~1pets');
  });
});
