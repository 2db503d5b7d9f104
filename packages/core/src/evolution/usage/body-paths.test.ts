import { describe, expect, it } from 'vitest';
import { bodyUse, MAX_BODY_PATHS, rulePath } from './body-paths.js';
import { formatPath, isPrefix, parsePath } from './property-paths.js';

describe('body paths', () => {
  it('reads Pact rule paths into segments, refusing what it cannot read', () => {
    expect(rulePath('$')).toEqual([]);
    expect(rulePath('$.items[*].id')).toEqual(['items', '[]', 'id']);
    expect(rulePath("$.a['b.c'][0]")).toEqual(['a', 'b.c', '[]']);
    expect(rulePath('$.*')).toEqual(['*']);
    expect(rulePath('items.id')).toBeUndefined();
    expect(rulePath('$.a[x]')).toBeUndefined();
  });

  it('lists the paths of a JSON body and its rules; a non-JSON or unreadable rule counts as the whole body', () => {
    const use = bodyUse(
      { kind: 'json', value: { a: [{ b: 1 }] } },
      { '$.c.d': { combine: 'AND', matchers: [] } },
    );
    expect(use!.paths.map(formatPath).sort()).toEqual(['', 'a', 'a[]', 'a[].b', 'c', 'c.d']);
    expect(use!.whole).toBe(false);
    expect(bodyUse({ kind: 'text', text: 'hi', contentType: 'text/plain' }, undefined)!.whole).toBe(true);
    expect(bodyUse({ kind: 'json', value: {} }, { 'a.b': { combine: 'AND', matchers: [] } })!.whole).toBe(
      true,
    );
    expect(bodyUse({ kind: 'absent' }, undefined)).toBeUndefined();
  });

  it('a body too large to list relies on everything', () => {
    const value = Object.fromEntries(Array.from({ length: MAX_BODY_PATHS + 1 }, (_, i) => [`k${i}`, i]));
    expect(bodyUse({ kind: 'json', value }, undefined)!.whole).toBe(true);
  });

  it('matches a change path against a used path, a rule wildcard standing for any name', () => {
    expect(parsePath('items[].id')).toEqual(['items', '[]', 'id']);
    expect(parsePath('')).toEqual([]);
    expect(isPrefix(parsePath('items'), ['items', '[]', 'id'])).toBe(true);
    expect(isPrefix(parsePath('items[].id'), ['items', '[]'])).toBe(false);
    expect(isPrefix(parsePath('a.b'), ['a', '*'])).toBe(true);
    expect(isPrefix(parsePath('a[]'), ['a', '*'])).toBe(false);
  });
});
