import type { ValidatorCache } from '../schema/ajv/validator-cache.js';
import { UNSUPPORTED_PATTERN } from '../schema/ajv/ajv-regexp.js';
import type { SchemaError } from '../schema/schema-errors.js';
import { findUndeclaredFields } from '../schema/undeclared-fields.js';

/**
 * Fields of a provider-sent payload that no schema declares, as schema errors (minus those Ajv already reported
 * through `additionalProperties: false`): a consumer relying on a field the provider never promised breaks,
 * the same rule as for HTTP response bodies.
 */
export function undeclaredPayloadFields(
  validators: ValidatorCache,
  pointer: string,
  value: unknown,
  reported: readonly SchemaError[],
): SchemaError[] {
  const validates = (at: string, candidate: unknown): boolean => {
    const verdict = validators.quickVerdict('response', at, candidate);
    if (verdict !== undefined) return verdict;
    const outcome = validators.validate('response', at, candidate);
    return outcome.ok && outcome.errors.length === 0;
  };
  const already = new Set(
    reported
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.path.join('/')}\u0000${e.message}`),
  );
  const out: SchemaError[] = [];
  const root = validators.derivedResponseRoot(pointer);
  for (const field of findUndeclaredFields(root, pointer, value, validates)) {
    if (field.reason === 'unchecked') {
      const message = field.refusal ?? 'a pattern cannot be run safely';
      out.push({ path: [...field.path, field.name], message, keyword: UNSUPPORTED_PATTERN, schemaPath: '' });
      continue;
    }
    const message =
      field.reason === 'writeOnly'
        ? `must NOT have property ${field.name}: it is writeOnly, so the provider never sends it`
        : `must NOT have additional properties - ${field.name}`;
    if (already.has(`${field.path.join('/')}\u0000${message}`)) continue;
    // At the top the spec location can name the keyword PactFlow names; deeper, the walk knows no schema path.
    const schemaPath = field.path.length === 0 ? 'additionalProperties' : '';
    out.push({ path: field.path, message, keyword: 'additionalProperties', schemaPath });
  }
  return out;
}
