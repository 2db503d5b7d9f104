import type { RuleList } from '../model.js';
import { checkMatcher } from './matchers/check-matcher.js';
import type { MatcherContext } from './matchers/matcher-context.js';

/**
 * Applies a rule list to a value: with `AND` every matcher must pass, with `OR` one is enough.
 * Returns the failure messages (empty when the value matches).
 *
 * @example applyRules({ combine: 'OR', matchers: [{ match: 'null' }, { match: 'integer' }] }, 1, null, ctx) // []
 */
export function applyRules(
  rules: RuleList,
  expected: unknown,
  actual: unknown,
  ctx: MatcherContext,
): string[] {
  const problems: string[] = [];
  for (const matcher of rules.matchers) {
    const problem = checkMatcher(matcher, expected, actual, ctx);
    if (problem === undefined) {
      if (rules.combine === 'OR') return [];
    } else problems.push(problem);
  }
  if (rules.combine === 'OR' && problems.length > 0) return [problems.join('; or ')];
  return problems;
}

/** Matcher names in a rule list, for structural decisions (is this array matched by type?). */
export function hasMatcher(rules: RuleList | undefined, ...names: string[]): boolean {
  return rules?.matchers.some((m) => names.includes(m.match)) ?? false;
}
