import type { Parameter, SchemaRef } from '../../specs/model.js';
import { checkSimpleParam } from './simple-param.js';
import { reduceErrors, type SchemaError } from '../schema/schema-errors.js';
import type { ValidatorCache } from '../schema/validator-cache.js';

/**
 * Validates a deserialised parameter (or response header) value: valid as the strings are, or once strings
 * are coerced to the schema's types (`"42"` for an integer).
 * Content-based parameters (`content: {application/json: …}`) are JSON-parsed first. A schema that cannot
 * be compiled validates nothing: there is no finding code for it, and the body checks report such specs.
 */
export function validateParam(
  validators: ValidatorCache,
  param: Pick<Parameter, 'contentType'> & { schema?: SchemaRef | undefined },
  value: unknown,
): SchemaError[] {
  if (!param.schema) return [];
  if (param.contentType !== undefined && /json/i.test(param.contentType) && typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return [{ path: [], message: 'must be valid JSON', keyword: 'content', schemaPath: '' }];
    }
    return run(validators, 'request', param.schema.pointer, parsed);
  }
  const simple = checkSimpleParam(param.schema.schema, value);
  if (simple) return simple;
  // As written first: coercion makes `oneOf: [integer, string]` match "42" twice, which is no error.
  if (validators.quickValid('request', param.schema.pointer, value)) return [];
  const asWritten = validators.get('request', param.schema.pointer);
  if (asWritten.ok && asWritten.validate(value)) return [];
  return run(validators, 'param', param.schema.pointer, value);
}

function run(
  validators: ValidatorCache,
  direction: 'param' | 'request',
  pointer: string,
  value: unknown,
): SchemaError[] {
  const compiled = validators.get(direction, pointer);
  if (!compiled.ok) return [];
  return compiled.validate(value) ? [] : reduceErrors(compiled.validate.errors);
}
