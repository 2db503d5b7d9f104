import type { RecordedMatcher, RuleMap } from '../recorded-model.js';
import { isSecretQuery, REDACTED } from './redact.js';
import { stringValuesRule, volatileKind } from './volatile-values.js';

/** A query string as recorded. */
export interface QueryRecording {
  /** Decoded values by name, in the order sent; credentials replaced by a placeholder. */
  query: Record<string, string[]>;
  rules: RuleMap;
  /** The query's part of the interaction key: names with ordinary values, or the kind of volatile ones. */
  key: string;
  /** Parameter names in the order first sent, for descriptions. */
  names: string[];
}

/**
 * Records a query string (`?` optional). Volatile values (ids, uuids, timestamps, tokens) get their kind's
 * regex and only their kind counts in the key, so `?page=1` and `?page=2` are one interaction while
 * `?status=sold` and `?status=available` are two. Credential parameters (`api_key`, `access_token`…) are
 * written as a placeholder with a type rule.
 *
 * @example recordQuery('?limit=10&status=sold').key // 'limit=<integer>&status=sold'
 */
export function recordQuery(search: string): QueryRecording {
  const query = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(search)) {
    const values = query.get(name);
    if (values) values.push(value);
    else query.set(name, [value]);
  }
  // Entries, not assignment: a parameter called `__proto__` must stay an ordinary key.
  const recorded: Array<[string, string[]]> = [];
  const rules: Array<[string, RecordedMatcher[]]> = [];
  const keyParts: string[] = [];
  for (const [name, values] of query) {
    if (isSecretQuery(name)) {
      recorded.push([name, values.map(() => REDACTED)]);
      rules.push([name, [{ match: 'type' }]]);
      keyParts.push(`${name}=<secret>`);
      continue;
    }
    recorded.push([name, values]);
    const rule = stringValuesRule(values);
    if (rule) rules.push([name, [rule]]);
    keyParts.push(...values.map((value) => `${name}=${keyValue(value)}`));
  }
  return {
    query: Object.fromEntries(recorded),
    rules: Object.fromEntries(rules),
    key: keyParts.sort().join('&'),
    names: [...query.keys()],
  };
}

function keyValue(value: string): string {
  const kind = volatileKind(value);
  return kind === undefined ? encodeURIComponent(value) : `<${kind}>`;
}
