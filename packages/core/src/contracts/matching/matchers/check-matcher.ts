import type { Matcher } from '../../model.js';
import { TYPE_LIKE } from '../../parse/known-matchers.js';
import { checkArrayContains, checkEachKey, checkEachValue, checkValues } from './collection-matchers.js';
import { checkContentType } from './content-type-matcher.js';
import { checkDateTime } from './date-time-matcher.js';
import { checkEquality, checkInclude } from './equality-matchers.js';
import { checkBoolean, checkNotEmpty, checkNull } from './literal-matchers.js';
import type { MatcherCheck, MatcherContext } from './matcher-context.js';
import { checkDecimal, checkInteger, checkNumber } from './number-matchers.js';
import { checkRegex } from './regex-matcher.js';
import { checkSemver } from './semver-matcher.js';
import { checkStatusCode } from './status-code-matcher.js';
import { checkType } from './type-matcher.js';

const CHECKS: Record<string, MatcherCheck> = {
  regex: checkRegex,
  equality: checkEquality,
  include: checkInclude,
  integer: checkInteger,
  decimal: checkDecimal,
  number: checkNumber,
  boolean: checkBoolean,
  null: checkNull,
  date: checkDateTime,
  time: checkDateTime,
  datetime: checkDateTime,
  timestamp: checkDateTime,
  contentType: checkContentType,
  'content-type': checkContentType,
  values: checkValues,
  arrayContains: checkArrayContains,
  eachKey: checkEachKey(checkMatcher),
  eachValue: checkEachValue(checkMatcher),
  semver: checkSemver,
  statusCode: checkStatusCode,
  notEmpty: checkNotEmpty,
};

/**
 * Applies one matcher to a value. Returns `undefined` when it matches, else a message. Unknown
 * matchers and bad options are reported as mismatches; nothing here throws.
 *
 * @example checkMatcher({ match: 'integer' }, 1, 2.5, { direct: true, stringly: false }) // 'Expected 2.5 to be an integer'
 */
export function checkMatcher(
  matcher: Matcher,
  expected: unknown,
  actual: unknown,
  ctx: MatcherContext,
): string | undefined {
  const name = matcher.match;
  const check = TYPE_LIKE.has(name)
    ? checkType
    : Object.prototype.hasOwnProperty.call(CHECKS, name)
      ? CHECKS[name]
      : undefined;
  if (!check) return `Unknown matcher '${String(name)}'`;
  try {
    return check(matcher, expected, actual, ctx);
  } catch (error) {
    return `Matcher '${name}' failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
