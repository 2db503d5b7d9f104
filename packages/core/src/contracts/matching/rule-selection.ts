import type { RuleList } from '../model.js';
import { parsePathExpression, pathWeight } from './path-expression.js';

/** The rule list chosen for a path, and whether it was written for this very path or cascades from an ancestor. */
export interface SelectedRules {
  rules: RuleList;
  /** True when the expression has as many segments as the path (`$.items` for the array itself). */
  direct: boolean;
  expression: string;
}

/**
 * Picks the rule list that governs `path` in a category keyed by path expressions: the highest
 * weight wins (exact names beat wildcards), ties go to the longer expression. Rules on an
 * ancestor apply to its descendants unless something more specific is defined; collection matchers
 * (`values`, `eachKey`, `eachValue`, `arrayContains`) and `min`/`max` only where they were written.
 *
 * @example selectRules({ '$.a': t, '$.a[*].b': r }, ['$', 'a', '0', 'b'])?.expression // '$.a[*].b'
 */
export function selectRules(
  category: Record<string, RuleList> | undefined,
  path: readonly string[],
): SelectedRules | undefined {
  if (!category) return undefined;
  let best: { weight: number; length: number; expression: string; rules: RuleList } | undefined;
  for (const [expression, written] of Object.entries(category)) {
    const tokens = parsePathExpression(expression);
    if (!tokens) continue;
    const weight = pathWeight(tokens, path);
    if (weight === 0) continue;
    const rules = tokens.length === path.length ? written : cascading(written);
    if (rules.matchers.length === 0) continue;
    if (!best || weight > best.weight || (weight === best.weight && tokens.length > best.length)) {
      best = { weight, length: tokens.length, expression, rules };
    }
  }
  return best && { rules: best.rules, direct: best.length === path.length, expression: best.expression };
}

/** Matchers about a collection's own shape; they do not carry over to its members. */
const DIRECT_ONLY = new Set(['values', 'eachKey', 'eachValue', 'arrayContains']);

function cascading(rules: RuleList): RuleList {
  const matchers = rules.matchers.filter((m) => !DIRECT_ONLY.has(m.match));
  return matchers.length === rules.matchers.length ? rules : { ...rules, matchers };
}

/** Rules for a name-keyed category (headers — lower-cased — and query parameters). */
export function rulesForName(
  category: Record<string, RuleList> | undefined,
  name: string,
): RuleList | undefined {
  if (!category) return undefined;
  const list = Object.prototype.hasOwnProperty.call(category, name) ? category[name] : undefined;
  return list && list.matchers.length > 0 ? list : undefined;
}
