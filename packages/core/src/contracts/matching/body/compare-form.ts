import { isDeepStrictEqual } from 'node:util';
import { parseQueryString } from '../../parse/normalise-query.js';
import { applyRules } from '../apply-rules.js';
import { displayPath } from '../path-expression.js';
import { selectRules } from '../rule-selection.js';
import { bodyMismatch } from './body-context.js';
import type { BodyContext } from './body-context.js';

/**
 * `application/x-www-form-urlencoded` bodies compare like query strings: each expected field must be
 * present with the same values in order (or satisfy the rule at `$.field`); extra fields are only
 * allowed where unexpected keys are.
 */
export function compareForm(expectedText: string, actualText: string, ctx: BodyContext): void {
  const expected = parseQueryString(expectedText);
  const actual = parseQueryString(actualText);
  const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
  for (const [name, values] of Object.entries(expected)) {
    const path = displayPath(['$', name]);
    const received = has(actual, name) ? actual[name]! : undefined;
    if (!received) {
      bodyMismatch(ctx, path, `Expected form field '${name}' but it was missing`, values);
      continue;
    }
    const selected = selectRules(ctx.rules, ['$', name]);
    if (!selected) {
      if (!isDeepStrictEqual(values, received))
        bodyMismatch(
          ctx,
          path,
          `Expected form field '${name}' to be ${values.join(', ')} but received ${received.join(', ')}`,
          values,
          received,
        );
      continue;
    }
    received.forEach((value, i) => {
      const problems = applyRules(selected.rules, values[i] ?? values[0], value, {
        direct: false,
        stringly: true,
      });
      for (const problem of problems) bodyMismatch(ctx, path, problem, values[i] ?? values[0], value);
    });
  }
  if (ctx.allowUnexpectedKeys) return;
  for (const name of Object.keys(actual)) {
    if (!has(expected, name))
      bodyMismatch(ctx, displayPath(['$', name]), `Unexpected form field '${name}'`, undefined, actual[name]);
  }
}
