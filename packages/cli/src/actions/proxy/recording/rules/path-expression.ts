/** Pact path expressions for body matching rules, written the way the core's parser reads them. */

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The expression for a field of `parent`: `$.id` for plain names, `$['a.b']` (quotes and backslashes
 * escaped) for everything else.
 *
 * @example fieldPath('$.items[*]', 'created-at') // "$.items[*].created-at"
 * @example fieldPath('$', 'a.b') // "$['a.b']"
 */
export function fieldPath(parent: string, name: string): string {
  if (PLAIN_NAME.test(name)) return `${parent}.${name}`;
  return `${parent}['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** The expression for element `index` of the array at `parent`; `'*'` for every element. */
export function indexPath(parent: string, index: number | '*'): string {
  return `${parent}[${index}]`;
}

/** Re-roots an expression computed from `$` under `prefix` (`$.id` under `$.items[*]` → `$.items[*].id`). */
export function rebase(expression: string, prefix: string): string {
  return prefix + expression.slice(1);
}
