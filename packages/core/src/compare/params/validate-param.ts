import type { Parameter, SchemaRef } from '../../specs/model.js';
import { checkSimpleParam, simpleParamVerdict } from './simple-param.js';
import { reduceErrors, type SchemaError } from '../schema/schema-errors.js';
import type { ValidatorCache } from '../schema/ajv/validator-cache.js';

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
    const outcome = validators.validate('request', param.schema.pointer, parsed);
    return outcome.ok ? reduceErrors(outcome.errors) : [];
  }
  const simple = checkSimpleParam(param.schema.schema, value, (ref) => validators.schemaAtRef(ref));
  if (simple) return simple;
  // As written first: coercion makes `oneOf: [integer, string]` match "42" twice, which is no error.
  const asWritten = validators.validate('request', param.schema.pointer, value);
  if (asWritten.ok && asWritten.errors.length === 0) return [];
  // Ajv coerces "Infinity" to a number, an integer even (its test is `% 1`); no JSON number is infinite.
  if (isNonFiniteNumberText(value)) return asWritten.ok ? reduceErrors(asWritten.errors) : [];
  const coercing = validators.validateCoerced(param.schema.pointer, value);
  return coercing.ok ? reduceErrors(coercing.errors) : [];
}

/**
 * Whether `value` is surely invalid for `param`, known without Ajv: routing needs only yes or no, not Ajv's
 * errors (`/orgs/o/migrations/x` tried against `/orgs/{org}/{security_product}/{enablement}`).
 */
export function surelyInvalidParam(
  validators: ValidatorCache,
  param: Pick<Parameter, 'contentType'> & { schema?: SchemaRef | undefined },
  value: unknown,
): boolean {
  if (!param.schema || param.contentType !== undefined) return false;
  const verdict = simpleParamVerdict(param.schema.schema, value, (ref) => validators.schemaAtRef(ref));
  return verdict === 'invalid' || verdict === 'type';
}

/**
 * "Infinity", "-Infinity" (signed, spaced), or an array holding one: text Ajv's coercion would make a number that
 * is not finite. Such a value is validated as written (an array's other items then as written too).
 */
export function isNonFiniteNumberText(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isNonFiniteNumberText);
  if (typeof value !== 'string' || value.trim() === '') return false;
  const n = +value;
  return !Number.isNaN(n) && !Number.isFinite(n);
}
