import { parseMediaType } from '../media-type.js';
import type { RuleList } from '../model.js';
import { applyRules } from './apply-rules.js';
import type { Mismatch } from './mismatch.js';
import { rulesForName } from './rule-selection.js';

/** Headers whose values are media types: compared by type, with parameters as a set. */
const MEDIA_TYPE_HEADERS = new Set(['content-type', 'accept']);

/**
 * Every expected header must be present (names are case-insensitive) with equal values, in order;
 * extra headers are fine. A rule for the header (keyed by lower-case name) replaces equality.
 * `Content-Type`/`Accept` compare media types case-insensitively and expected parameters as a set
 * (`charset` values case-insensitively); the actual value may carry extra parameters.
 *
 * @example matchHeaders({ Accept: ['a', 'b'] }, { ACCEPT: ['a', 'b'] }, undefined) // []
 */
export function matchHeaders(
  expected: Record<string, string[]>,
  actual: Record<string, string[]>,
  rules: Record<string, RuleList> | undefined,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const received = byLowerName(actual);
  for (const [key, { name, values }] of byLowerName(expected)) {
    const actualValues = received.get(key)?.values;
    const expectedText = values.join(', ');
    if (!actualValues) {
      mismatches.push({
        kind: 'header',
        path: name,
        expected: expectedText,
        message: `Expected header '${name}' but it was missing`,
      });
      continue;
    }
    const actualText = actualValues.join(', ');
    const list = rulesForName(rules, key);
    const problems = list
      ? applyRules(list, expectedText, actualText, { direct: true, stringly: true })
      : valuesDiffer(key, values, actualValues)
        ? [`Expected header '${name}' to be '${expectedText}' but received '${actualText}'`]
        : [];
    for (const message of problems)
      mismatches.push({ kind: 'header', path: name, expected: expectedText, actual: actualText, message });
  }
  return mismatches;
}

/** Headers by lower-cased name; `A` and `a` are one header, their values joined in order. */
function byLowerName(headers: Record<string, string[]>): Map<string, { name: string; values: string[] }> {
  const merged = new Map<string, { name: string; values: string[] }>();
  for (const [name, values] of Object.entries(headers)) {
    const entry = merged.get(name.toLowerCase());
    if (entry) entry.values = [...entry.values, ...values];
    else merged.set(name.toLowerCase(), { name, values });
  }
  return merged;
}

function valuesDiffer(name: string, expected: string[], actual: string[]): boolean {
  if (expected.length !== actual.length) return true;
  return expected.some((value, i) => !sameValue(name, value, actual[i]!));
}

function sameValue(name: string, expected: string, actual: string): boolean {
  if (expected.trim() === actual.trim()) return true;
  if (!MEDIA_TYPE_HEADERS.has(name)) return false;
  const want = parseMediaType(expected);
  const got = parseMediaType(actual);
  if (!want || !got || want.essence !== got.essence) return false;
  return Object.entries(want.params).every(([param, value]) => {
    const other = got.params[param];
    if (other === undefined) return false;
    return param === 'charset' ? other.toLowerCase() === value.toLowerCase() : other === value;
  });
}
