import type { ValidatorCache } from './ajv/validator-cache.js';
import { UNSUPPORTED_PATTERN } from './ajv/ajv-regexp.js';
import type { SchemaError } from './schema-errors.js';
import { findUndeclaredFields } from './undeclared-fields.js';

export interface UndeclaredErrorOptions {
  /**
   * The keyword the errors carry: `undeclared` (HTTP response bodies), or `additionalProperties` (message
   * payloads, where PactFlow names that keyword; at the top the spec location names it too).
   */
  keyword: 'undeclared' | 'additionalProperties';
  /** PactFlow's x-opc-config-no-transform-non-nullable-response-schema: nullable objects take undeclared fields. */
  nullableObjectsOpen?: boolean;
}

/**
 * Fields of a provider-sent value (a response body, a message payload) that no schema declares, as schema errors,
 * minus those Ajv already reported through `additionalProperties: false`: a consumer relying on a field the
 * provider never promised breaks. A field only an unsafe pattern could declare is reported as not checked.
 */
export function undeclaredFieldErrors(
  validators: ValidatorCache,
  pointer: string,
  value: unknown,
  reported: readonly SchemaError[],
  options: UndeclaredErrorOptions,
): SchemaError[] {
  const validates = (at: string, candidate: unknown): boolean => {
    // Choosing branches needs only yes or no: Ajv (and its compile) only when the quick check cannot tell.
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
  const walk = { nullableObjectsOpen: options.nullableObjectsOpen ?? false };
  for (const field of findUndeclaredFields(root, pointer, value, validates, walk)) {
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
    // At the top the spec location can name the keyword; deeper, the walk knows no schema path.
    const schemaPath =
      options.keyword === 'additionalProperties' && field.path.length === 0 ? 'additionalProperties' : '';
    out.push({ path: field.path, message, keyword: options.keyword, schemaPath });
  }
  return out;
}
