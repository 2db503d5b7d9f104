import { describe, expect, it } from 'vitest';
import type { RuleList } from '../../model.js';
import type { BodyContext } from './body-context.js';
import { compareJson } from './compare-json.js';

const list = (...matchers: RuleList['matchers']): RuleList => ({ combine: 'AND', matchers });

function compare(
  expected: unknown,
  actual: unknown,
  rules?: Record<string, RuleList>,
  allowUnexpectedKeys = true,
): BodyContext['mismatches'] {
  const ctx: BodyContext = { rules, allowUnexpectedKeys, mismatches: [] };
  compareJson(['$'], expected, actual, ctx);
  return ctx.mismatches;
}

describe('compareJson without rules', () => {
  it('needs equal values, equal array lengths and every expected key', () => {
    expect(compare({ a: [1, 2], b: 'x' }, { b: 'x', a: [1, 2], extra: true })).toEqual([]);
    expect(compare({ a: 1 }, { a: '1' })[0]).toMatchObject({
      kind: 'body',
      path: '$.a',
      expected: 1,
      actual: '1',
    });
    expect(compare([1, 2], [1, 2, 3])[0]?.message).toMatch(/2 element\(s\) but received 3/);
    expect(compare({ a: 1, b: 2 }, { a: 1 })[0]).toMatchObject({
      path: '$.b',
      message: "Expected key 'b' but it was missing",
    });
  });

  it('forbids unexpected keys where asked (requests)', () => {
    expect(compare({ a: 1 }, { a: 1, b: null }, undefined, false)[0]).toMatchObject({
      path: '$.b',
      message: "Unexpected key 'b'",
    });
  });
});

describe('compareJson with rules', () => {
  it('eachLike: a type rule on an array matches every element against the example', () => {
    const rules = { '$.items': list({ match: 'type', min: 1 }) };
    expect(compare({ items: [{ id: 1 }] }, { items: [{ id: 5 }, { id: 6 }] }, rules)).toEqual([]);
    expect(compare({ items: [{ id: 1 }] }, { items: [{ id: 5 }, { id: 'x' }] }, rules)[0]?.path).toBe(
      '$.items[1].id',
    );
    expect(compare({ items: [{ id: 1 }] }, { items: [] }, rules)[0]?.message).toMatch(/at least 1/);
  });

  it('cascades rules from ancestors and prefers specific ones', () => {
    const rules = { $: list({ match: 'type' }), '$.id': list({ match: 'regex', regex: '\\d{3}' }) };
    expect(compare({ name: 'a', id: '123' }, { name: 'zzz', id: '999' }, rules)).toEqual([]);
    expect(compare({ name: 'a', id: '123' }, { name: 'zzz', id: '99' }, rules)[0]?.path).toBe('$.id');
  });

  it('values/eachValue free the keys of an object', () => {
    const rules = { '$.byId': list({ match: 'values' }) };
    expect(
      compare(
        { byId: { a: { n: 1 } } },
        { byId: { x: { n: 2 }, y: { n: 3 } } },
        { ...rules, '$.byId.*.n': list({ match: 'integer' }) },
      ),
    ).toEqual([]);
    const eachInteger = { '$.byId': list({ match: 'eachValue', rules: [{ match: 'integer' }] }) };
    expect(compare({ byId: { a: 1 } }, { byId: { x: 2, y: 3 } }, eachInteger)).toEqual([]);
    expect(compare({ byId: { a: 1 } }, { byId: { x: 'no' } }, eachInteger)[0]?.message).toMatch(
      /Value 0: .*integer/,
    );
  });

  it('arrayContains accepts the variant anywhere in the array', () => {
    const rules = {
      '$.events': list({
        match: 'arrayContains',
        variants: [{ index: 0, rules: { '$.at': { matchers: [{ match: 'datetime' }] } } }],
      }),
    };
    expect(
      compare(
        { events: [{ type: 'x', at: '2024-01-01T00:00:00Z' }] },
        { events: [{ type: 'y' }, { type: 'x', at: '2030-06-01T12:00:00Z' }] },
        rules,
      ),
    ).toEqual([]);
    expect(compare({ events: [{ type: 'x' }] }, { events: [{ type: 'y' }] }, rules)[0]?.message).toMatch(
      /variant 0/,
    );
  });

  it('OR passes when any matcher passes', () => {
    const rules = { '$.v': { combine: 'OR' as const, matchers: [{ match: 'null' }, { match: 'integer' }] } };
    expect(compare({ v: 1 }, { v: null }, rules)).toEqual([]);
    expect(compare({ v: 1 }, { v: 'x' }, rules)[0]?.message).toMatch(/null; or .*integer/);
  });
});
