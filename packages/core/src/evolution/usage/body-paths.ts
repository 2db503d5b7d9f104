import type { Body, RuleList } from '../../contracts/model.js';
import { bodyJson } from '../../compare/body/body-text.js';
import { ANY_NAME, ITEMS, type PropertyPath } from './property-paths.js';

/** Most paths recorded for one body; past it the body counts as relying on everything in its schema. */
export const MAX_BODY_PATHS = 5_000;
const MAX_DEPTH = 64;

/** What a consumer's body mentions: its property paths, or `whole` when it cannot be read field by field. */
export interface BodyUse {
  paths: PropertyPath[];
  /** A non-JSON body, or one too large to list: every change to the body's schema concerns it. */
  whole: boolean;
}

/**
 * The property paths a contract's body and its `body` matching rules mention, for usage and impact. An array
 * value contributes its items' paths under `[]`; a rule `$.items[*].id` or `$.items[0].id` gives `items[].id`.
 */
export function bodyUse(body: Body, rules: Record<string, RuleList> | undefined): BodyUse | undefined {
  if (body.kind === 'absent') return undefined;
  const parsed = bodyJson(body);
  if (!parsed.ok) return { paths: [[]], whole: true };
  const paths = new Map<string, PropertyPath>();
  let whole = false;
  const add = (path: PropertyPath) => {
    if (paths.size >= MAX_BODY_PATHS) whole = true;
    else paths.set(JSON.stringify(path), path);
  };
  const walk = (value: unknown, path: string[]) => {
    if (whole) return;
    add(path);
    if (path.length > MAX_DEPTH) return void (whole = true);
    if (Array.isArray(value)) for (const item of value) walk(item, [...path, ITEMS]);
    else if (value !== null && typeof value === 'object')
      for (const [name, item] of Object.entries(value)) walk(item, [...path, name]);
  };
  walk(parsed.value, []);
  for (const key of Object.keys(rules ?? {})) {
    const path = rulePath(key);
    if (path === undefined) whole = true;
    else for (let i = 0; i <= path.length; i++) add(path.slice(0, i));
  }
  return { paths: [...paths.values()], whole };
}

/**
 * A Pact body rule path (`$`, `$.a.b`, `$['a b']`, `$.a[0]`, `$.a[*]`, `$.*`) as segments; undefined when it
 * cannot be read, which the caller treats as "the whole body".
 */
export function rulePath(expression: string): PropertyPath | undefined {
  if (!expression.startsWith('$')) return undefined;
  const segments: string[] = [];
  const token = /\.([^.[\]]+)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+|\*)\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < expression.length) {
    const at = token.lastIndex;
    const match = token.exec(expression);
    if (!match || match.index !== at) return undefined;
    if (match[1] !== undefined) segments.push(match[1] === '*' ? ANY_NAME : match[1]);
    else if (match[2] !== undefined) segments.push(match[2].replace(/\\(.)/g, '$1'));
    else segments.push(ITEMS);
  }
  return segments;
}
