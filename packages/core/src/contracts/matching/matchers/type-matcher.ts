import type { MatcherCheck } from './matcher-context.js';
import { describe, jsonType } from './json-type.js';

/**
 * `type` (and the `min`/`max` spellings): same JSON type as the example; when written for this path,
 * an array (or the number of XML children) must also respect `min` and `max`.
 *
 * @example checkType({ match: 'type', min: 1 }, [1], [], { direct: true, stringly: false }) // 'Expected at least 1 ...'
 */
export const checkType: MatcherCheck = (matcher, expected, actual, ctx) => {
  const expectedType = jsonType(expected);
  const actualType = jsonType(actual);
  if (expectedType !== actualType && !(expectedType === 'missing' && actualType !== 'missing')) {
    return `Expected ${describe(actual)} (${actualType}) to be the same type as ${describe(expected)} (${expectedType})`;
  }
  return ctx.direct ? checkLength(matcher.min, matcher.max, actual) : undefined;
};

/** `min`/`max` against an array's length; other values have no length to bound. */
export function checkLength(min: unknown, max: unknown, actual: unknown): string | undefined {
  if (!Array.isArray(actual)) return undefined;
  if (typeof min === 'number' && actual.length < min) {
    return `Expected at least ${min} element(s) but found ${actual.length}`;
  }
  if (typeof max === 'number' && actual.length > max) {
    return `Expected at most ${max} element(s) but found ${actual.length}`;
  }
  return undefined;
}
