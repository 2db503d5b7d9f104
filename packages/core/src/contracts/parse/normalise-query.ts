import { isRecord, pointer } from './json-guards.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

export interface NormalisedQuery {
  query: Record<string, string[]>;
  /** The query string as written, for v1's whole-string comparison; absent for map-shaped queries. */
  rawQuery?: string;
}

/**
 * Query parameters as a map of decoded values in source order. Accepts the v1/v2 string form
 * (`a=1&b=2&a=3`) and the v3/v4 map form (`{ a: ['1', '3'], b: '2' }`).
 *
 * @example normaliseQuery('a=1&b=x%20y', ctx, '/q').query // { a: ['1'], b: ['x y'] }
 */
export function normaliseQuery(raw: unknown, ctx: ParseContext, location: string): NormalisedQuery {
  if (raw === undefined || raw === null) return { query: {} };
  if (typeof raw === 'string') return { query: parseQueryString(raw), rawQuery: raw };
  if (!isRecord(raw)) {
    invalid(ctx, 'Query must be a query string or an object of name → values', location);
    return { query: {} };
  }
  const entries: Array<[string, string[]]> = [];
  for (const [name, value] of Object.entries(raw)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      invalid(
        ctx,
        `Query parameter '${name}' must be a string or an array of strings`,
        pointer(location, name),
      );
      continue;
    }
    entries.push([name, values.map((v) => (v === null ? '' : String(v as string)))]);
  }
  return { query: Object.fromEntries(entries) };
}

/** Decoded name/value pairs in order; empty segments (`a=1&`) are skipped. */
export function queryPairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const segment of text.replace(/^\?/, '').split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const name = eq < 0 ? segment : segment.slice(0, eq);
    const value = eq < 0 ? '' : segment.slice(eq + 1);
    pairs.push([decodeComponent(name), decodeComponent(value)]);
  }
  return pairs;
}

export function parseQueryString(text: string): Record<string, string[]> {
  // A Map, not object assignment: a parameter called `__proto__` must stay an ordinary key.
  const query = new Map<string, string[]>();
  for (const [name, value] of queryPairs(text)) {
    const values = query.get(name);
    if (values) values.push(value);
    else query.set(name, [value]);
  }
  return Object.fromEntries(query);
}

/** Form/query decoding: `+` is a space; malformed escapes are kept as written rather than failing. */
export function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
