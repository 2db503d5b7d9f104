import type { MatchingRules, RuleList } from '../model.js';
import { formatPath, parsePathExpression } from '../matching/path-expression.js';
import { field, isRecord, pointer } from './json-guards.js';
import { normaliseMatcher } from './normalise-matcher.js';
import type { Matcher } from '../model.js';
import { report } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/** Category names as written → the model's category (`content` is the v4 message body). */
const CATEGORIES: Record<string, string> = {
  body: 'body',
  content: 'body',
  header: 'header',
  headers: 'header',
  query: 'query',
  path: 'path',
  status: 'status',
  metadata: 'metadata',
};

/**
 * Matching rules in the model's by-category form, from either the v2 flat form
 * (`{"$.body.name": {"match": "type"}}`) or the v3/v4 form (`{"body": {"$.name": {"matchers": [...]}}}`).
 *
 * @example normaliseMatchingRules({ '$.headers.Accept': { regex: '\\w+' } }, ctx, '/r')
 * // { header: { accept: { combine: 'AND', matchers: [{ match: 'regex', regex: '\\w+' }] } } }
 */
export function normaliseMatchingRules(raw: unknown, ctx: ParseContext, location: string): MatchingRules {
  const rules: MatchingRules = {};
  if (raw === undefined || raw === null) return rules;
  if (!isRecord(raw)) {
    report(ctx, 'contract.matcher.invalid', 'matchingRules must be an object', location);
    return rules;
  }
  for (const [key, value] of Object.entries(raw)) {
    const at = pointer(location, key);
    if (key.startsWith('$')) addFlatRule(rules, key, value, ctx, at);
    else addCategory(rules, key, value, ctx, at);
  }
  return rules;
}

function addFlatRule(rules: MatchingRules, key: string, value: unknown, ctx: ParseContext, at: string): void {
  const tokens = parsePathExpression(key);
  const head = tokens?.[1];
  const list = ruleList(value, ctx, at);
  if (!tokens || head?.kind !== 'field' || !list) {
    if (!tokens || head?.kind !== 'field')
      report(ctx, 'contract.matcher.invalid', `Unsupported matching rule path '${key}'`, at);
    return;
  }
  const category = CATEGORIES[head.name];
  if (category === 'body') return put(rules, 'body', formatPath([tokens[0]!, ...tokens.slice(2)]), list);
  if (category === 'path' || category === 'status') return put(rules, category, '', list);
  const name = tokens[2];
  if ((category === 'header' || category === 'query') && name?.kind === 'field' && tokens.length === 3) {
    return put(rules, category, category === 'header' ? name.name.toLowerCase() : name.name, list);
  }
  report(ctx, 'contract.matcher.invalid', `Unsupported matching rule path '${key}'`, at);
}

function addCategory(rules: MatchingRules, key: string, value: unknown, ctx: ParseContext, at: string): void {
  const category = CATEGORIES[key] ?? key;
  if (!isRecord(value)) {
    report(ctx, 'contract.matcher.invalid', `Matching rules for '${key}' must be an object`, at);
    return;
  }
  // path and status hold one rule list directly (v3) or under a key (some v4 writers).
  if (field(value, 'matchers') !== undefined) {
    const list = ruleList(value, ctx, at);
    if (list) put(rules, category, '', list);
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    const entryAt = pointer(at, name);
    if (category === 'body' && parsePathExpression(name) === undefined) {
      report(
        ctx,
        'contract.matcher.invalid',
        `'${name}' is not a path expression such as $.items[*].id`,
        entryAt,
      );
      continue;
    }
    const list = ruleList(entry, ctx, entryAt);
    if (list) put(rules, category, category === 'header' ? name.toLowerCase() : name, list);
  }
}

/** `{matchers: [...], combine}` (v3/v4) or a bare matcher (v2). */
export function ruleList(raw: unknown, ctx: ParseContext, at: string): RuleList | undefined {
  if (!isRecord(raw)) {
    report(ctx, 'contract.matcher.invalid', 'A rule must be an object with "matchers"', at);
    return undefined;
  }
  const combineRaw = field(raw, 'combine');
  const combine = typeof combineRaw === 'string' && combineRaw.toUpperCase() === 'OR' ? 'OR' : 'AND';
  if (combineRaw !== undefined && !(typeof combineRaw === 'string' && /^(and|or)$/i.test(combineRaw))) {
    report(ctx, 'contract.matcher.invalid', '"combine" must be AND or OR', pointer(at, 'combine'));
  }
  const listed = field(raw, 'matchers');
  const sources: unknown[] = Array.isArray(listed) ? listed : listed === undefined ? [raw] : [listed];
  if (listed !== undefined && !Array.isArray(listed)) {
    report(ctx, 'contract.matcher.invalid', '"matchers" must be an array', pointer(at, 'matchers'));
  }
  const matchers = sources
    .map(
      (m, i) =>
        normaliseMatcher(m, ctx, listed === undefined ? at : pointer(at, 'matchers', i)) ?? lenient(m),
    )
    .filter((m): m is Matcher => m !== undefined);
  return { combine, matchers };
}

/** In lenient mode a broken matcher is kept (it will fail at match time, saying why) rather than dropped. */
function lenient(raw: unknown): Matcher {
  const match = isRecord(raw) && typeof raw['match'] === 'string' ? raw['match'] : '<invalid>';
  return isRecord(raw) ? { ...raw, match } : { match, value: raw };
}

function put(rules: MatchingRules, category: string, key: string, list: RuleList): void {
  const inner = Object.prototype.hasOwnProperty.call(rules, category)
    ? rules[category]!
    : define(rules, category, {});
  define(inner, key, list);
}

/** Own data property even for keys like `__proto__`, which plain assignment would turn into a prototype. */
export function define<T>(target: Record<string, T>, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}
