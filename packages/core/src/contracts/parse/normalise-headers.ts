import { isRecord, pointer } from './json-guards.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/** Headers whose single values legitimately contain commas (dates, cookies, challenges). */
const UNSPLIT_HEADERS = new Set([
  'date',
  'expires',
  'last-modified',
  'if-modified-since',
  'if-unmodified-since',
  'retry-after',
  'set-cookie',
  'cookie',
  'www-authenticate',
  'proxy-authenticate',
  'authorization',
  'user-agent',
]);

/**
 * Header map with names as written and values as a list. A string value is split on commas outside
 * quotes (`Accept: a, b` → `['a', 'b']`) except for headers whose values contain commas themselves;
 * arrays (Pact v4) are kept as given.
 *
 * @example normaliseHeaders({ Accept: 'a, b' }, ctx, '/request/headers') // { Accept: ['a', 'b'] }
 */
export function normaliseHeaders(
  raw: unknown,
  ctx: ParseContext,
  location: string,
): Record<string, string[]> {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    invalid(ctx, 'Headers must be an object of name → value', location);
    return {};
  }
  const headers: Array<[string, string[]]> = [];
  for (const [name, value] of Object.entries(raw)) {
    const values = headerValues(name, value);
    if (values === undefined) {
      invalid(ctx, `Header '${name}' must be a string or an array of strings`, pointer(location, name));
      continue;
    }
    headers.push([name, values]);
  }
  return Object.fromEntries(headers);
}

function headerValues(name: string, value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitHeaderValue(name, value);
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map((v) => String(v).trim());
  }
  return undefined;
}

/** Splits on commas that are not inside double quotes, trimming each part. */
export function splitHeaderValue(name: string, value: string): string[] {
  if (UNSPLIT_HEADERS.has(name.toLowerCase())) return [value.trim()];
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}
