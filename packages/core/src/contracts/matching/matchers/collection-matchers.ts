import type { Matcher, RuleList } from '../../model.js';
import type { MatcherCheck, MatcherContext } from './matcher-context.js';
import { describe } from './json-type.js';
import { isRecord } from '../../parse/json-guards.js';

type Dispatch = (
  matcher: Matcher,
  expected: unknown,
  actual: unknown,
  ctx: MatcherContext,
) => string | undefined;

/** `values`: an object whose keys are free; its values are compared with the example's (see compare-json). */
export const checkValues: MatcherCheck = (_m, expected, actual) =>
  Array.isArray(expected)
    ? Array.isArray(actual)
      ? undefined
      : `Expected ${describe(actual)} to be an array`
    : isRecord(actual)
      ? undefined
      : `Expected ${describe(actual)} to be an object`;

/** The matchers listed in a collection matcher's `rules` (bare matchers or `{matchers: [...]}`). */
function nestedMatchers(matcher: Matcher): Matcher[] {
  const rules = matcher['rules'];
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule): Matcher[] => {
    if (!isRecord(rule)) return [];
    if (Array.isArray(rule['matchers'])) return rule['matchers'].filter(isRecord) as Matcher[];
    return typeof rule['match'] === 'string' ? [rule as Matcher] : [];
  });
}

/** `eachKey`: every key of the object satisfies the nested `rules`. */
export function checkEachKey(dispatch: Dispatch): MatcherCheck {
  return (matcher, _expected, actual) => {
    if (!isRecord(actual)) return `Expected ${describe(actual)} to be an object`;
    const rules = nestedMatchers(matcher);
    for (const key of Object.keys(actual)) {
      for (const rule of rules) {
        const problem = dispatch(rule, key, key, { direct: true, stringly: true });
        if (problem) return `Key '${key}': ${problem}`;
      }
    }
    return undefined;
  };
}

/** `eachValue`: every value of the object (or element of the array) satisfies the nested `rules`. */
export function checkEachValue(dispatch: Dispatch): MatcherCheck {
  return (matcher, expected, actual, ctx) => {
    const values: unknown[] | undefined = Array.isArray(actual)
      ? actual
      : isRecord(actual)
        ? Object.values(actual)
        : undefined;
    if (!values) return `Expected ${describe(actual)} to be an object or array`;
    const template: unknown = Array.isArray(expected)
      ? (expected as unknown[])[0]
      : isRecord(expected)
        ? Object.values(expected)[0]
        : undefined;
    const rules = nestedMatchers(matcher);
    for (const [i, value] of values.entries()) {
      for (const rule of rules) {
        const problem = dispatch(rule, template, value, { ...ctx, direct: true });
        if (problem) return `Value ${i}: ${problem}`;
      }
    }
    return undefined;
  };
}

/**
 * `arrayContains`: for each variant, some element of the actual array matches the expected element at
 * the variant's `index` under the variant's own `rules` (paths relative to that element).
 */
export const checkArrayContains: MatcherCheck = (matcher, expected, actual, ctx) => {
  if (!Array.isArray(actual)) return `Expected ${describe(actual)} to be an array`;
  const variants = matcher['variants'];
  if (!Array.isArray(variants)) return 'The arrayContains matcher needs a "variants" array';
  const examples = Array.isArray(expected) ? expected : [];
  for (const [n, variant] of (variants as unknown[]).entries()) {
    const index: number = isRecord(variant) && typeof variant['index'] === 'number' ? variant['index'] : n;
    const rules = isRecord(variant) && isRecord(variant['rules']) ? variantRules(variant['rules']) : {};
    const example: unknown = examples[index];
    const found = actual.some((element) => ctx.matchesElement?.(example, element, rules) ?? false);
    if (!found)
      return `Expected an element matching variant ${index} (${describe(example)}) in ${describe(actual)}`;
  }
  return undefined;
};

function variantRules(raw: Record<string, unknown>): Record<string, RuleList> {
  const rules: Array<[string, RuleList]> = [];
  for (const [path, entry] of Object.entries(raw)) {
    if (!isRecord(entry)) continue;
    const matchers = Array.isArray(entry['matchers']) ? entry['matchers'] : [entry];
    const list = matchers.filter((m): m is Matcher => isRecord(m) && typeof m['match'] === 'string');
    rules.push([path, { combine: entry['combine'] === 'OR' ? 'OR' : 'AND', matchers: list }]);
  }
  return Object.fromEntries(rules);
}
