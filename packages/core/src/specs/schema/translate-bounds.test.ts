import { describe, expect, it } from 'vitest';
import { translateBounds } from './translate-bounds.js';

const translated = (schema: Record<string, unknown>) => (translateBounds(schema), schema);

describe('translateBounds', () => {
  it('turns boolean exclusive bounds into numeric ones', () => {
    expect(translated({ minimum: 1, exclusiveMinimum: true })).toEqual({ exclusiveMinimum: 1 });
    expect(translated({ maximum: 9, exclusiveMaximum: true, minimum: 0 })).toEqual({
      exclusiveMaximum: 9,
      minimum: 0,
    });
  });

  it('drops false flags and flags without a bound, and leaves numeric ones alone', () => {
    expect(translated({ minimum: 1, exclusiveMinimum: false })).toEqual({ minimum: 1 });
    expect(translated({ exclusiveMaximum: true })).toEqual({});
    expect(translated({ exclusiveMinimum: 3, minimum: 1 })).toEqual({ exclusiveMinimum: 3, minimum: 1 });
  });
});
