import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { formatArbitrary, safeChar } from './format-arbitrary.js';
import { num, UnsatisfiableSchema, type SchemaObject } from './schema-access.js';

const INT_LIMIT = 1_000_000;

/**
 * Strings for a schema: its format, else its pattern (best effort, via `fc.stringMatching`), else characters
 * within minLength/maxLength. `safe` restricts free text to letters and digits (headers, cookies).
 */
export function stringArbitrary(schema: SchemaObject, safe: boolean): Arbitrary<string> {
  const format = typeof schema.format === 'string' ? formatArbitrary(schema.format) : undefined;
  if (format) return format;
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern, 'u'));
    } catch {
      throw new UnsatisfiableSchema(`cannot generate strings for pattern ${schema.pattern}`);
    }
  }
  const minLength = num(schema, 'minLength') ?? 0;
  const maxLength = num(schema, 'maxLength') ?? minLength + 16;
  if (maxLength < minLength) throw new UnsatisfiableSchema('maxLength is below minLength');
  return fc.string({ minLength, maxLength, ...(safe ? { unit: safeChar } : {}) });
}

/** Integers within the schema's (exclusive) bounds and multipleOf; int32 when the format says so. */
export function integerArbitrary(schema: SchemaObject): Arbitrary<number> {
  const { min, max } = integerBounds(schema);
  const step = num(schema, 'multipleOf');
  if (step !== undefined && Number.isInteger(step) && step > 0) {
    const low = Math.ceil(min / step);
    const high = Math.floor(max / step);
    if (high < low) throw new UnsatisfiableSchema('no multiple of multipleOf within the bounds');
    return fc.integer({ min: low, max: high }).map((k) => k * step);
  }
  return fc.integer({ min, max });
}

/** The inclusive integer range a schema allows (bounded to ±1,000,000 around what it says). */
export function integerBounds(schema: SchemaObject): { min: number; max: number } {
  const exclusiveMin = num(schema, 'exclusiveMinimum');
  const exclusiveMax = num(schema, 'exclusiveMaximum');
  let min = num(schema, 'minimum') ?? (exclusiveMin === undefined ? undefined : Math.floor(exclusiveMin) + 1);
  let max = num(schema, 'maximum') ?? (exclusiveMax === undefined ? undefined : Math.ceil(exclusiveMax) - 1);
  if (min !== undefined) min = Math.ceil(min);
  if (max !== undefined) max = Math.floor(max);
  min ??= max === undefined ? -INT_LIMIT : max - 2 * INT_LIMIT;
  max ??= min + 2 * INT_LIMIT;
  if (max < min) throw new UnsatisfiableSchema('maximum is below minimum');
  return { min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) };
}

/** Finite doubles within the schema's bounds (multipleOf as integer multiples, best effort). */
export function numberArbitrary(schema: SchemaObject): Arbitrary<number> {
  const exclusiveMin = num(schema, 'exclusiveMinimum');
  const exclusiveMax = num(schema, 'exclusiveMaximum');
  const min = num(schema, 'minimum') ?? exclusiveMin ?? -INT_LIMIT;
  const max = num(schema, 'maximum') ?? exclusiveMax ?? min + 2 * INT_LIMIT;
  if (max < min) throw new UnsatisfiableSchema('maximum is below minimum');
  const step = num(schema, 'multipleOf');
  if (step !== undefined && step > 0) {
    const low = Math.floor(min / step) + 1;
    const high = Math.ceil(max / step) - 1;
    if (high < low) throw new UnsatisfiableSchema('no multiple of multipleOf within the bounds');
    const digits = Math.min(15, (String(step).split('.')[1] ?? '').length);
    return fc
      .integer({ min: low, max: Math.min(high, low + 2 * INT_LIMIT) })
      .map((k) => Number((k * step).toFixed(digits)));
  }
  const doubles = fc.double({
    min,
    max,
    minExcluded: num(schema, 'minimum') === undefined && exclusiveMin !== undefined,
    maxExcluded: num(schema, 'maximum') === undefined && exclusiveMax !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
  try {
    // Whole numbers half the time: what providers mostly see, and easier to read in a failure.
    return fc.oneof(integerArbitrary(schema), doubles);
  } catch {
    return doubles;
  }
}
