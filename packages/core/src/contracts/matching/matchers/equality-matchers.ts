import { isDeepStrictEqual } from 'node:util';
import type { MatcherCheck } from './matcher-context.js';
import { describe, scalarText } from './json-type.js';

/** `equality`: the actual value equals the example exactly (deeply for objects and arrays). */
export const checkEquality: MatcherCheck = (_matcher, expected, actual) =>
  isDeepStrictEqual(expected, actual)
    ? undefined
    : `Expected ${describe(actual)} to equal ${describe(expected)}`;

/** `include`: the value's text contains the matcher's `value`. */
export const checkInclude: MatcherCheck = (matcher, _expected, actual) => {
  const needle = matcher['value'];
  if (typeof needle !== 'string') return 'The include matcher has no string "value"';
  const text = scalarText(actual);
  return text !== undefined && text.includes(needle)
    ? undefined
    : `Expected ${describe(actual)} to include '${needle}'`;
};
