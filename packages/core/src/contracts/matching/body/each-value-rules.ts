import type { Matcher } from '../../model.js';
import { isRecord } from '../../parse/json-guards.js';
import type { SelectedRules } from '../rule-selection.js';

/** The nested rules of a direct `eachValue`, to apply to each value in place of equality. */
export function eachValueRules(selected: SelectedRules | undefined): SelectedRules | undefined {
  const each = selected?.direct ? selected.rules.matchers.find((m) => m.match === 'eachValue') : undefined;
  const nested = Array.isArray(each?.['rules']) ? (each['rules'] as unknown[]).filter(isRecord) : [];
  const matchers = nested
    .flatMap((rule) => (Array.isArray(rule['matchers']) ? rule['matchers'].filter(isRecord) : [rule]))
    .filter((m): m is Matcher => typeof m['match'] === 'string');
  return matchers.length > 0
    ? { rules: { combine: 'AND', matchers }, direct: true, expression: `${selected!.expression}.*` }
    : undefined;
}
