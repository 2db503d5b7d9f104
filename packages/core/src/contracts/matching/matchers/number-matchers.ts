import type { MatcherCheck, MatcherContext } from './matcher-context.js';
import { describe } from './json-type.js';

/** A JSON number, or in string-typed places (headers, query, XML) text that reads as one. */
function numeric(actual: unknown, ctx: MatcherContext, pattern: RegExp): number | undefined {
  if (typeof actual === 'number' && Number.isFinite(actual)) return actual;
  if (ctx.stringly && typeof actual === 'string' && pattern.test(actual.trim())) return Number(actual);
  return undefined;
}

const INTEGER_TEXT = /^[-+]?\d+$/;
const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** `integer`: a whole number. */
export const checkInteger: MatcherCheck = (_m, _e, actual, ctx) => {
  const value = numeric(actual, ctx, INTEGER_TEXT);
  return value !== undefined && Number.isInteger(value)
    ? undefined
    : `Expected ${describe(actual)} to be an integer`;
};

/**
 * `decimal`: a number. JSON.parse cannot tell `10.0` from `10`, so a whole number is accepted too
 * rather than failing a provider over how it serialised a float.
 */
export const checkDecimal: MatcherCheck = (_m, _e, actual, ctx) =>
  numeric(actual, ctx, NUMBER_TEXT) !== undefined
    ? undefined
    : `Expected ${describe(actual)} to be a decimal number`;

/** `number`: any number. */
export const checkNumber: MatcherCheck = (_m, _e, actual, ctx) =>
  numeric(actual, ctx, NUMBER_TEXT) !== undefined ? undefined : `Expected ${describe(actual)} to be a number`;
