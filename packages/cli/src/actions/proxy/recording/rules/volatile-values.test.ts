import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringValuesRule, VOLATILE_PATTERNS, volatileKind } from './volatile-values.js';

describe('volatileKind', () => {
  it.each([
    ['3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00', 'uuid'],
    ['2024-05-01T10:00:00Z', 'datetime'],
    ['2024-05-01T10:00:00.123+02:00', 'datetime'],
    ['2024-05-01 10:00', 'datetime'],
    ['2024-05-01', 'date'],
    ['10:00:00', 'time'],
    ['42', 'integer'],
    ['-7', 'integer'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', 'token'],
    ['5f1d7c3e9a2b4c6d8e0f1a2b', 'token'],
    ['1234567890123456789012345678901234567890', 'token'],
  ])('%s is %s', (value, kind) => {
    expect(volatileKind(value)).toBe(kind);
  });

  it.each([
    'available',
    'Rex',
    'v2',
    'abc123',
    'hello world 2024',
    '',
    'application/json',
    'averyveryverylongwordwithoutdigits',
  ])('%j is an ordinary value', (value) => {
    expect(volatileKind(value)).toBeUndefined();
  });

  it('recognises every uuid, timestamp and integer, and its pattern accepts the value', () => {
    const volatile = fc.oneof(
      fc.uuid().map((v) => ['uuid', v] as const),
      fc
        .date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
        .map((d) => ['datetime', d.toISOString()] as const),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => ['integer', String(n)] as const),
    );
    fc.assert(
      fc.property(volatile, ([kind, value]) => {
        expect(volatileKind(value)).toBe(kind);
        expect(new RegExp(VOLATILE_PATTERNS[kind]).test(value)).toBe(true);
      }),
    );
  });
});

describe('stringValuesRule', () => {
  it('gives the shared kind a regex rule', () => {
    expect(stringValuesRule(['12', '7'])).toEqual({ match: 'regex', regex: VOLATILE_PATTERNS.integer });
  });

  it('keeps values exact when one is ordinary or the kinds differ', () => {
    expect(stringValuesRule(['12', 'sold'])).toBeUndefined();
    expect(stringValuesRule(['12', '2024-05-01'])).toBeUndefined();
    expect(stringValuesRule([])).toBeUndefined();
  });
});
