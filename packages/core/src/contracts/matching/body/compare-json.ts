import { isDeepStrictEqual } from 'node:util';
import type { RuleList } from '../../model.js';
import { isRecord } from '../../parse/json-guards.js';
import { applyRules, hasMatcher } from '../apply-rules.js';
import { describe, jsonType } from '../matchers/json-type.js';
import { displayPath } from '../path-expression.js';
import { selectRules } from '../rule-selection.js';
import type { SelectedRules } from '../rule-selection.js';
import { bodyMismatch } from './body-context.js';
import { eachValueRules } from './each-value-rules.js';
import type { BodyContext } from './body-context.js';

/**
 * Compares JSON values under Pact rules. Without a rule values must be equal, arrays of the same
 * length and objects must have every expected key (and, for requests, no others). A rule applies to
 * its path and cascades to descendants; a type-like rule on an array matches every actual element
 * against the example (`eachLike`), and `values`/`eachKey`/`eachValue` free an object's keys.
 *
 * @example compareJson(['$'], { a: 1 }, { a: 2 }, ctx) // ctx.mismatches: $.a expected 1 but was 2
 */
export function compareJson(
  path: string[],
  expected: unknown,
  actual: unknown,
  ctx: BodyContext,
  inherited?: SelectedRules,
): void {
  // `inherited` carries an eachValue's rules to the values (and, cascading, their contents).
  const selected = selectRules(ctx.rules, path) ?? inherited;
  if (selected) {
    const problems = applyRules(selected.rules, expected, actual, {
      direct: selected.direct,
      stringly: false,
      matchesElement: (e, a, rules) => elementMatches(e, a, rules, ctx.allowUnexpectedKeys),
    });
    for (const problem of problems) bodyMismatch(ctx, displayPath(path), problem, expected, actual);
    if (problems.length > 0 || hasMatcher(selected.rules, 'equality', 'arrayContains')) return;
  }
  const passDown = inherited && { ...inherited, direct: false };
  if (Array.isArray(expected)) compareArray(path, expected, actual, selected, ctx, passDown);
  else if (isRecord(expected)) compareObject(path, expected, actual, selected, ctx, passDown);
  else if (!selected && !isDeepStrictEqual(expected, actual)) {
    const message =
      jsonType(expected) === jsonType(actual)
        ? `Expected ${describe(expected)} but received ${describe(actual)}`
        : `Expected ${describe(expected)} (${jsonType(expected)}) but received ${describe(actual)} (${jsonType(actual)})`;
    bodyMismatch(ctx, displayPath(path), message, expected, actual);
  }
}

function compareArray(
  path: string[],
  expected: unknown[],
  actual: unknown,
  selected: SelectedRules | undefined,
  ctx: BodyContext,
  inherited: SelectedRules | undefined,
): void {
  if (!Array.isArray(actual)) {
    bodyMismatch(
      ctx,
      displayPath(path),
      `Expected an array but received ${describe(actual)}`,
      expected,
      actual,
    );
    return;
  }
  if (selected) {
    // eachLike: every actual element against the example at its index, or the first example.
    if (expected.length === 0) return;
    const each = eachValueRules(selected);
    actual.forEach((element, i) =>
      compareJson(
        [...path, String(i)],
        i < expected.length ? expected[i] : expected[0],
        element,
        ctx,
        each ?? inherited,
      ),
    );
    return;
  }
  if (expected.length !== actual.length) {
    bodyMismatch(
      ctx,
      displayPath(path),
      `Expected an array of ${expected.length} element(s) but received ${actual.length}`,
      expected,
      actual,
    );
  }
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
    compareJson([...path, String(i)], expected[i], actual[i], ctx, inherited);
  }
}

function compareObject(
  path: string[],
  expected: Record<string, unknown>,
  actual: unknown,
  selected: SelectedRules | undefined,
  ctx: BodyContext,
  inherited: SelectedRules | undefined,
): void {
  if (!isRecord(actual)) {
    bodyMismatch(
      ctx,
      displayPath(path),
      `Expected an object but received ${describe(actual)}`,
      expected,
      actual,
    );
    return;
  }
  const has = (record: Record<string, unknown>, key: string) =>
    Object.prototype.hasOwnProperty.call(record, key);
  if (selected?.direct && hasMatcher(selected.rules, 'values', 'eachKey', 'eachValue')) {
    const template = Object.values(expected)[0];
    const each = eachValueRules(selected);
    for (const key of Object.keys(actual)) {
      compareJson(
        [...path, key],
        has(expected, key) ? expected[key] : template,
        actual[key],
        ctx,
        each ?? inherited,
      );
    }
    return;
  }
  for (const key of Object.keys(expected)) {
    if (!has(actual, key)) {
      bodyMismatch(
        ctx,
        displayPath([...path, key]),
        `Expected key '${key}' but it was missing`,
        expected[key],
      );
    } else compareJson([...path, key], expected[key], actual[key], ctx, inherited);
  }
  if (ctx.allowUnexpectedKeys) return;
  for (const key of Object.keys(actual)) {
    if (!has(expected, key)) {
      bodyMismatch(ctx, displayPath([...path, key]), `Unexpected key '${key}'`, undefined, actual[key]);
    }
  }
}

/** One array element against an `arrayContains` variant, with rules relative to the element. */
function elementMatches(
  expected: unknown,
  actual: unknown,
  rules: Record<string, RuleList>,
  allowUnexpectedKeys: boolean,
): boolean {
  const inner: BodyContext = { rules, allowUnexpectedKeys, mismatches: [] };
  compareJson(['$'], expected, actual, inner);
  return inner.mismatches.length === 0;
}
