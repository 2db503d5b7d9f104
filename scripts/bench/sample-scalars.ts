/** Numbers and strings for generated contracts: the spec's example when it fits, else a plausible stand-in. */
import type { Schema } from './github-spec.js';

/** Thrown when no plausible value fits a schema (e.g. a pattern the spec gives no example for). */
export class Unsatisfiable extends Error {}

export function sampleNumber(s: Schema, example: unknown, integer: boolean): number {
  const min = typeof s.minimum === 'number' ? s.minimum : 1;
  const max = typeof s.maximum === 'number' ? s.maximum : Math.max(min, 100000);
  const fits =
    typeof example === 'number' &&
    example >= min &&
    example <= max &&
    (!integer || Number.isInteger(example));
  if (fits) return example;
  return integer ? Math.min(max, Math.max(min, 42)) : Math.min(max, Math.max(min, 4.5));
}

const FORMATTED: Record<string, string> = {
  'date-time': '2024-03-14T09:26:53Z',
  date: '2024-03-14',
  uri: 'https://api.github.com/repos/octocat/Hello-World',
  email: 'octocat@github.com',
  uuid: '0b4dd3b2-5f36-4a44-9d6c-4f2b8d8e2a11',
  hostname: 'github.com',
};

export function sampleString(s: Schema, example: unknown, name: string): string {
  const minLength = Number(s.minLength ?? 0);
  const maxLength = Number(s.maxLength ?? Infinity);
  if (typeof example === 'string' && example.length >= minLength && example.length <= maxLength) {
    if (!s.pattern || safeRegex(String(s.pattern))?.test(example)) return example;
  }
  if (s.pattern) throw new Unsatisfiable(`no example fits pattern ${String(s.pattern)}`);
  const formatted = FORMATTED[String(s.format)];
  if (formatted) return formatted;
  const base = name ? `${name.replace(/[^a-z]/gi, '-')}-value` : 'octocat';
  return base.length >= minLength ? base.slice(0, maxLength) : base.padEnd(minLength, 'x');
}

function safeRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
