import { fieldPath, indexPath, rebase } from './path-expression.js';
import type { RecordedMatcher, RuleMap } from '../recorded-model.js';
import { VOLATILE_PATTERNS, volatileKind } from './volatile-values.js';

/**
 * Matching rules for a JSON body of any shape: volatile strings get a regex (uuids, timestamps, dates,
 * numeric strings) or a type rule (random tokens), numbers an `integer`/`number` rule and booleans a type
 * rule. An array whose elements are all objects (or all the same primitive type) gets `{ match: 'type', min: 1 }`
 * and rules under `[*]` that hold for every element; other arrays get rules per index.
 *
 * @example jsonRules({ id: 7, tags: ['a'] }) // { '$.id': [{ match: 'integer' }], '$.tags': [{ match: 'type', min: 1 }] }
 */
export function jsonRules(value: unknown, root = '$'): RuleMap {
  const rules: RuleMap = {};
  walk(value, root, rules);
  return rules;
}

function walk(value: unknown, path: string, rules: RuleMap): void {
  if (Array.isArray(value)) return walkArray(value, path, rules);
  if (value !== null && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) walk(child, fieldPath(path, name), rules);
    return;
  }
  const rule = scalarRule(value);
  if (rule) rules[path] = [rule];
}

/** The rule for one scalar, or `undefined` to keep it exactly (ordinary strings, null). */
export function scalarRule(value: unknown): RecordedMatcher | undefined {
  if (typeof value === 'number') return { match: Number.isInteger(value) ? 'integer' : 'number' };
  if (typeof value === 'boolean') return { match: 'type' };
  if (typeof value !== 'string') return undefined;
  const kind = volatileKind(value);
  if (kind === undefined) return undefined;
  return kind === 'token' ? { match: 'type' } : { match: 'regex', regex: VOLATILE_PATTERNS[kind] };
}

function walkArray(items: unknown[], path: string, rules: RuleMap): void {
  if (items.length === 0) return;
  if (!homogeneous(items)) {
    items.forEach((item, index) => walk(item, indexPath(path, index), rules));
    return;
  }
  rules[path] = [{ match: 'type', min: 1 }];
  // Rules under [*] apply to every element, so keep only those every element agrees on.
  const [first, ...rest] = items.map((item) => jsonRules(item));
  for (const [expression, matchers] of Object.entries(first ?? {})) {
    const signature = JSON.stringify(matchers);
    if (rest.every((other) => JSON.stringify(other[expression]) === signature)) {
      rules[rebase(expression, indexPath(path, '*'))] = matchers;
    }
  }
}

function homogeneous(items: unknown[]): boolean {
  const kindOf = (item: unknown): string =>
    item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item;
  const first = kindOf(items[0]);
  return first !== 'null' && first !== 'array' && items.every((item) => kindOf(item) === first);
}
