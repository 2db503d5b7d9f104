import { fullMatch } from '../safe-regex.js';
import type { MatcherCheck } from './matcher-context.js';
import { describe, scalarText } from './json-type.js';

/**
 * `regex`: the whole value (numbers and booleans as their text) must match the pattern.
 *
 * @example checkRegex({ match: 'regex', regex: '\\d+' }, '1', '42', ctx) // undefined
 */
export const checkRegex: MatcherCheck = (matcher, _expected, actual) => {
  const pattern = matcher['regex'];
  if (typeof pattern !== 'string') return 'The regex matcher has no "regex" pattern';
  const text = scalarText(actual);
  if (text === undefined) return `Expected ${describe(actual)} to match '${pattern}', but it is not a string`;
  const result = fullMatch(pattern, text);
  if (typeof result === 'string') return `Cannot apply regex matcher: ${result}`;
  return result ? undefined : `Expected ${describe(actual)} to match '${pattern}'`;
};
