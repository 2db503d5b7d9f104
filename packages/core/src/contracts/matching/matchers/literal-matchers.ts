import type { MatcherCheck } from './matcher-context.js';
import { describe, jsonType } from './json-type.js';

/** `boolean`: true or false (or their text where values are strings). */
export const checkBoolean: MatcherCheck = (_m, _e, actual, ctx) =>
  typeof actual === 'boolean' || (ctx.stringly && (actual === 'true' || actual === 'false'))
    ? undefined
    : `Expected ${describe(actual)} to be a boolean`;

/** `null`: JSON null. */
export const checkNull: MatcherCheck = (_m, _e, actual) =>
  actual === null ? undefined : `Expected ${describe(actual)} to be null`;

/** `notEmpty`: present, not null, not `''`, `[]` or `{}`, and of the example's type. */
export const checkNotEmpty: MatcherCheck = (_m, expected, actual) => {
  const empty =
    actual === undefined ||
    actual === null ||
    actual === '' ||
    (Array.isArray(actual) && actual.length === 0) ||
    (typeof actual === 'object' && Object.keys(actual).length === 0);
  if (empty) return `Expected ${describe(actual)} not to be empty`;
  const expectedType = jsonType(expected);
  if (expectedType !== 'missing' && expectedType !== 'null' && expectedType !== jsonType(actual)) {
    return `Expected ${describe(actual)} to be a non-empty ${expectedType}`;
  }
  return undefined;
};
