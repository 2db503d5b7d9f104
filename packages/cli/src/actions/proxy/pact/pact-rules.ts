import type { RecordedMatcher, RuleMap } from '../recording/index.js';

/** A v3/v4 rule list as written in a Pact file. */
export interface PactRuleList {
  combine: 'AND';
  matchers: RecordedMatcher[];
}

/** Matching rules by category, as Pact v3 and v4 write them; empty categories are left out. */
export type PactMatchingRules = Record<string, Record<string, PactRuleList> | PactRuleList>;

/** The v3/v4 `matchingRules` object for one side of an interaction; `undefined` when there are none. */
export function pactMatchingRules(categories: {
  path?: RecordedMatcher[];
  query?: RuleMap;
  header?: RuleMap;
  body?: RuleMap;
}): PactMatchingRules | undefined {
  const out: PactMatchingRules = {};
  if (categories.path && categories.path.length > 0) out.path = list(categories.path);
  for (const category of ['query', 'header', 'body'] as const) {
    const rules = categories[category];
    if (!rules || Object.keys(rules).length === 0) continue;
    out[category] = Object.fromEntries(Object.entries(rules).map(([key, matchers]) => [key, list(matchers)]));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function list(matchers: RecordedMatcher[]): PactRuleList {
  return { combine: 'AND', matchers };
}

/** `{ [name]: value }` when the value is defined, else `{}` (for spreading into a Pact object). */
export function optional(name: string, value: unknown): Record<string, unknown> {
  return value === undefined ? {} : { [name]: value };
}
