import { isStorableText } from '@signet/core';

/**
 * PostgreSQL cannot store NUL (no `text` or `jsonb` value holds it) nor UTF-16 surrogates that are not part of
 * a pair (they have no UTF-8 encoding; `jsonb` refuses their escapes, `text` would get U+FFFD instead):
 * `isStorableText` (core's) tells such text.
 */
export { isStorableText };

/** Keys a JSON body may not carry: assigning them to an object changes its prototype. */
const forbiddenKeys = new Set(['__proto__']);

/** What is wrong with a value, and where: `at` is a dotted path of keys and indexes from the value's root. */
export interface ValueProblem {
  reason: 'unstorable-text' | 'forbidden-key';
  at: string[];
}

/**
 * The first string or key in `value` that PostgreSQL cannot store, or (with `refuseForbiddenKeys`) the first
 * `__proto__` key. Walks iteratively, so a hostile nesting depth cannot overflow the stack; getters are not
 * called (a lazily computed property is derived from the walked ones).
 *
 * @example findValueProblem({ a: ['ok', 'b\u0000d'] }) // { reason: 'unstorable-text', at: ['a', '1'] }
 */
export function findValueProblem(
  value: unknown,
  options: { refuseForbiddenKeys?: boolean } = {},
): ValueProblem | undefined {
  // Each container remembers its parent and key, so the path is built only when something is found.
  const trail: Array<{ parent: number; key: string }> = [];
  const pathOf = (index: number, key?: string): string[] => {
    const path = key === undefined ? [] : [key];
    for (let at = index; at >= 0; at = trail[at]!.parent) path.unshift(trail[at]!.key);
    return path;
  };
  const stack: Array<[unknown, number]> = [[value, -1]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [current, index] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return { reason: 'unstorable-text', at: pathOf(index) };
      continue;
    }
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const array = Array.isArray(current);
    const keys = array ? undefined : Object.keys(current);
    const count = keys === undefined ? (current as unknown[]).length : keys.length;
    for (let i = 0; i < count; i++) {
      const key = keys === undefined ? String(i) : keys[i]!;
      if (!array) {
        if (!isStorableText(key)) return { reason: 'unstorable-text', at: pathOf(index, key) };
        if (options.refuseForbiddenKeys && forbiddenKeys.has(key))
          return { reason: 'forbidden-key', at: pathOf(index, key) };
        if (Object.getOwnPropertyDescriptor(current, key)?.get !== undefined) continue;
      }
      const child: unknown = (current as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        if (!isStorableText(child)) return { reason: 'unstorable-text', at: pathOf(index, key) };
      } else if (child !== null && typeof child === 'object') {
        trail.push({ parent: index, key });
        stack.push([child, trail.length - 1]);
      }
    }
  }
  return undefined;
}
