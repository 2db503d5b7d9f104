import { describe, expect, it } from 'vitest';
import { jsonRules } from './json-rules.js';
import { VOLATILE_PATTERNS } from './volatile-values.js';

const uuid = '3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00';

describe('jsonRules', () => {
  it('gives numbers, booleans and volatile strings rules and keeps ordinary strings exact', () => {
    expect(
      jsonRules({ id: 7, price: 9.5, ok: true, name: 'Rex', uuid, at: '2024-05-01T10:00:00Z', none: null }),
    ).toEqual({
      '$.id': [{ match: 'integer' }],
      '$.price': [{ match: 'number' }],
      '$.ok': [{ match: 'type' }],
      '$.uuid': [{ match: 'regex', regex: VOLATILE_PATTERNS.uuid }],
      '$.at': [{ match: 'regex', regex: VOLATILE_PATTERNS.datetime }],
    });
  });

  it('walks nested objects and arrays of objects, keeping only rules every element shares', () => {
    const rules = jsonRules({
      data: {
        items: [
          { id: 1, uuid, label: 'a', when: '2024-05-01' },
          { id: 2, uuid, label: 'b', when: null },
        ],
      },
    });
    expect(rules).toEqual({
      '$.data.items': [{ match: 'type', min: 1 }],
      '$.data.items[*].id': [{ match: 'integer' }],
      '$.data.items[*].uuid': [{ match: 'regex', regex: VOLATILE_PATTERNS.uuid }],
    });
  });

  it('gives arrays of primitives and nested arrays rules too', () => {
    expect(jsonRules([[1, 'x'], [uuid]])).toEqual({
      '$[0][0]': [{ match: 'integer' }],
      '$[1]': [{ match: 'type', min: 1 }],
      '$[1][*]': [{ match: 'regex', regex: VOLATILE_PATTERNS.uuid }],
    });
    expect(jsonRules({ ids: [1, 2, 3] })).toEqual({
      '$.ids': [{ match: 'type', min: 1 }],
      '$.ids[*]': [{ match: 'integer' }],
    });
  });

  it('quotes field names that are not plain identifiers', () => {
    expect(jsonRules({ 'a.b': 1, "it's": 2, 'created-at': 3 })).toEqual({
      "$['a.b']": [{ match: 'integer' }],
      "$['it\\'s']": [{ match: 'integer' }],
      '$.created-at': [{ match: 'integer' }],
    });
  });

  it('gives a scalar body a rule at the root and an empty array none', () => {
    expect(jsonRules(5)).toEqual({ $: [{ match: 'integer' }] });
    expect(jsonRules([])).toEqual({});
    expect(jsonRules('plain')).toEqual({});
  });
});
