import { fieldPath } from './path-expression.js';
import type { RuleMap } from '../recorded-model.js';
import { stringValuesRule } from './volatile-values.js';

/**
 * Matching rules for a form (`application/x-www-form-urlencoded`) body: a field whose values are all
 * volatile strings of one kind gets that kind's regex at `$.<field>`, as Pact matches form bodies.
 *
 * @example formRules('id=42&name=Rex') // { '$.id': [{ match: 'regex', regex: '^-?\\d+$' }] }
 */
export function formRules(text: string): RuleMap {
  const byName = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(text)) {
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  const rules: RuleMap = {};
  for (const [name, values] of byName) {
    const rule = stringValuesRule(values);
    if (rule) rules[fieldPath('$', name)] = [rule];
  }
  return rules;
}
