import type { MatchingRules } from '../../contracts/model.js';

/**
 * Body paths of arrays whose matching rules give `min` or `max` (Pact's `eachLike`, `atLeastOneLike`…).
 * Their elements are copies of one example, so a problem in the example is reported once, not per copy.
 */
export function eachLikeArrays(rules: MatchingRules | undefined): string[][] {
  const body = rules?.body;
  if (!body) return [];
  const paths: string[][] = [];
  for (const [expression, list] of Object.entries(body)) {
    if (list.matchers.some((m) => m.min !== undefined || m.max !== undefined)) {
      const path = parsePactPath(expression);
      if (path) paths.push(path);
    }
  }
  return paths;
}

/** `$.items[*].tags` → `['items', '*', 'tags']`; undefined for expressions it cannot read. */
export function parsePactPath(expression: string): string[] | undefined {
  if (!expression.startsWith('$')) return undefined;
  const segments: string[] = [];
  const pattern = /\.([^.[\]]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[(\*|\d+)\]/gy;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < expression.length) {
    const match = pattern.exec(expression);
    if (!match) return undefined;
    segments.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  }
  return segments;
}

/** A path with the element index under each eachLike array replaced by `0`, so copies share one key. */
export function collapseEachLike(path: readonly string[], arrays: readonly string[][]): string[] {
  const out = [...path];
  for (const array of arrays) {
    if (out.length <= array.length || !prefixMatches(array, out)) continue;
    if (/^\d+$/.test(out[array.length] as string)) out[array.length] = '0';
  }
  return out;
}

function prefixMatches(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.every((segment, i) => segment === '*' || segment === path[i]);
}
