import { describe, expect, it } from 'vitest';
import { displayPath, formatPath, parsePathExpression, pathWeight } from './path-expression.js';
import { selectRules } from './rule-selection.js';

const rule = (match: string) => ({ combine: 'AND' as const, matchers: [{ match }] });

describe('path expressions', () => {
  it('parses dots, wildcards, indexes and bracket names', () => {
    expect(parsePathExpression("$.a['b.c'][2][*].*.#text")).toEqual([
      { kind: 'root' },
      { kind: 'field', name: 'a' },
      { kind: 'field', name: 'b.c' },
      { kind: 'index', index: 2 },
      { kind: 'star-index' },
      { kind: 'star' },
      { kind: 'field', name: '#text' },
    ]);
    expect(parsePathExpression("$['2'].str")).toEqual([
      { kind: 'root' },
      { kind: 'field', name: '2' },
      { kind: 'field', name: 'str' },
    ]);
    expect(parsePathExpression("$.people.*['@id']")?.[3]).toEqual({ kind: 'field', name: '@id' });
  });

  it('rejects what is not a path expression', () => {
    for (const bad of ['a.b', '$.', '$[', "$['x]", '$..a', '$ .a'])
      expect(parsePathExpression(bad)).toBeUndefined();
  });

  it('weighs exact names above wildcards and cascades to descendants', () => {
    const path = ['$', 'animals', '0', 'name'];
    expect(pathWeight(parsePathExpression('$.animals[0].name')!, path)).toBe(16);
    expect(pathWeight(parsePathExpression('$.animals[*].*')!, path)).toBe(4);
    expect(pathWeight(parsePathExpression('$.animals')!, path)).toBe(4);
    expect(pathWeight(parsePathExpression('$.plants')!, path)).toBe(0);
    expect(pathWeight(parsePathExpression('$.animals[*].name.first')!, path)).toBe(0);
    expect(pathWeight(parsePathExpression('$[*]')!, ['$', 'animals'])).toBe(0);
  });

  it('formats tokens and concrete paths', () => {
    expect(formatPath(parsePathExpression("$['a b'].c[*]")!)).toBe("$['a b'].c[*]");
    expect(displayPath(['$', 'items', '3', 'id'])).toBe('$.items[3].id');
  });
});

describe('rule selection', () => {
  it('picks the heaviest rule, preferring the longer expression on ties', () => {
    const rules = {
      '$.animals': rule('type'),
      '$.animals[*].*': rule('regex'),
      '$.animals[*].name': rule('integer'),
    };
    expect(selectRules(rules, ['$', 'animals', '0', 'name'])?.expression).toBe('$.animals[*].name');
    expect(selectRules(rules, ['$', 'animals', '0', 'age'])?.expression).toBe('$.animals[*].*');
    expect(selectRules(rules, ['$', 'animals'])).toMatchObject({ expression: '$.animals', direct: true });
    expect(selectRules(rules, ['$', 'animals', '0'])).toMatchObject({
      expression: '$.animals',
      direct: false,
    });
    expect(selectRules(rules, ['$', 'plants'])).toBeUndefined();
  });
});
