import { isDeepStrictEqual } from 'node:util';
import { parseMediaType } from '../media-type.js';
import type { RuleList } from '../model.js';
import { applyRules } from './apply-rules.js';
import { describe } from './matchers/json-type.js';
import type { Mismatch } from './mismatch.js';
import { rulesForName } from './rule-selection.js';

const CONTENT_TYPE_KEYS = new Set(['contenttype', 'content-type']);

/**
 * Message metadata: every expected key must be present and equal (or satisfy its rule); extra keys
 * are fine. Content types compare by media type.
 *
 * @example matchMetadata({ topic: 'a' }, { topic: 'a', id: 1 }, undefined) // []
 */
export function matchMetadata(
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
  rules: Record<string, RuleList> | undefined,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const [key, value] of Object.entries(expected)) {
    const received = Object.prototype.hasOwnProperty.call(actual, key) ? actual[key] : undefined;
    if (received === undefined) {
      if (!CONTENT_TYPE_KEYS.has(key.toLowerCase())) {
        mismatches.push({
          kind: 'metadata',
          path: key,
          expected: value,
          message: `Expected metadata '${key}' but it was missing`,
        });
      }
      continue;
    }
    const list = rulesForName(rules, key);
    const problems = list
      ? applyRules(list, value, received, { direct: true, stringly: true })
      : sameValue(key, value, received)
        ? []
        : [`Expected metadata '${key}' to be ${describe(value)} but received ${describe(received)}`];
    for (const message of problems)
      mismatches.push({ kind: 'metadata', path: key, expected: value, actual: received, message });
  }
  return mismatches;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function sameValue(key: string, expected: unknown, actual: unknown): boolean {
  if (isDeepStrictEqual(expected, actual)) return true;
  if (isScalar(expected) && isScalar(actual) && String(expected) === String(actual)) return true;
  if (!CONTENT_TYPE_KEYS.has(key.toLowerCase()) || typeof expected !== 'string' || typeof actual !== 'string')
    return false;
  return parseMediaType(expected)?.essence === parseMediaType(actual)?.essence;
}
