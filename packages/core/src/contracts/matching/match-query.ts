import { isDeepStrictEqual } from 'node:util';
import type { RuleList } from '../model.js';
import { decodeComponent } from '../parse/normalise-query.js';
import { applyRules } from './apply-rules.js';
import { checkLength } from './matchers/type-matcher.js';
import type { Mismatch } from './mismatch.js';
import { rulesForName } from './rule-selection.js';

/**
 * Query parameters (v1.1+): every expected parameter must be present with the same values in the
 * same order, and no unexpected parameter may appear. A rule for a parameter applies to each of its
 * values; a type rule's `min`/`max` bound how many values there are.
 *
 * @example matchQuery({ a: ['1'] }, { a: ['1'], b: ['2'] }, undefined) // one mismatch: unexpected 'b'
 */
export function matchQuery(
  expected: Record<string, string[]>,
  actual: Record<string, string[]>,
  rules: Record<string, RuleList> | undefined,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
  const push = (path: string, message: string, e?: unknown, a?: unknown) =>
    mismatches.push({
      kind: 'query',
      path,
      message,
      ...(e !== undefined ? { expected: e } : {}),
      ...(a !== undefined ? { actual: a } : {}),
    });
  for (const [name, values] of Object.entries(expected)) {
    const received = has(actual, name) ? actual[name]! : undefined;
    if (!received) {
      push(name, `Expected query parameter '${name}' but it was missing`, values);
      continue;
    }
    const list = rulesForName(rules, name);
    if (!list) {
      if (!isDeepStrictEqual(values, received))
        push(
          name,
          `Expected query parameter '${name}' to be [${values.join(', ')}] but received [${received.join(', ')}]`,
          values,
          received,
        );
      continue;
    }
    received.forEach((value, i) => {
      for (const problem of applyRules(list, values[i] ?? values[0], value, {
        direct: false,
        stringly: true,
      }))
        push(name, problem, values[i] ?? values[0], value);
    });
    for (const matcher of list.matchers) {
      const problem = checkLength(matcher['min'], matcher['max'], received);
      if (problem) push(name, `Query parameter '${name}': ${problem}`, values, received);
    }
  }
  for (const name of Object.keys(actual)) {
    if (!has(expected, name)) push(name, `Unexpected query parameter '${name}'`, undefined, actual[name]);
  }
  return mismatches;
}

/**
 * Pact v1 compares whole query strings: the same decoded parameters in the same order, with a
 * trailing `&` counting as a difference.
 */
export function matchRawQuery(expected: string, actual: string): Mismatch[] {
  const segments = (text: string) =>
    text.split('&').map((segment) => segment.split('=').map(decodeComponent).join('='));
  const [want, got] = [segments(expected), segments(actual)];
  return isDeepStrictEqual(want, got)
    ? []
    : [
        {
          kind: 'query',
          path: '',
          expected,
          actual,
          message: `Expected query string '${expected}' but received '${actual}'`,
        },
      ];
}
