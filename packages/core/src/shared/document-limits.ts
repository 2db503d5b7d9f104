import { scanJsonStructure } from './json-structure.js';

/** Limits that keep hostile documents (huge, deeply nested) from exhausting memory or the stack. */
export interface DocumentLimits {
  /** Largest accepted document, in bytes of UTF-8 text. Default 10 MiB. */
  maxBytes: number;
  /** Deepest accepted nesting of arrays/objects. Default 512. */
  maxDepth: number;
}

export const defaultLimits: DocumentLimits = { maxBytes: 10 * 1024 * 1024, maxDepth: 512 };

/**
 * Deepest `[`/`{` nesting in JSON text, ignoring brackets inside strings. Linear, no recursion,
 * stops early once `limit` is exceeded (returns the depth reached then).
 */
export function jsonNestingDepth(text: string, limit = Infinity): number {
  return scanJsonStructure(text, limit).depth;
}

/** Deepest nesting of an already-parsed value, iteratively (a hostile object must not overflow the stack). */
export function valueNestingDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const level = depth + 1;
    if (level > deepest) {
      deepest = level;
      if (deepest > limit) return deepest;
    }
    for (const child of Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}

/** UTF-8 byte length without allocating a buffer. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
