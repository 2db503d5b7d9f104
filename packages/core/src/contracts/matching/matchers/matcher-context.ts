import type { Matcher, RuleList } from '../../model.js';

export interface MatcherContext {
  /** The rule was written for this very path; `min`/`max` and collection matchers apply only then. */
  direct: boolean;
  /** Values that are strings by nature (headers, query, path, XML): `"12"` may satisfy `integer`. */
  stringly: boolean;
  /** Compares one array element with body rules relative to it (`arrayContains` variants). */
  matchesElement?: (expected: unknown, actual: unknown, rules: Record<string, RuleList>) => boolean;
}

/** A value-level matcher: `undefined` when `actual` satisfies it, else why not. Never throws. */
export type MatcherCheck = (
  matcher: Matcher,
  expected: unknown,
  actual: unknown,
  ctx: MatcherContext,
) => string | undefined;
