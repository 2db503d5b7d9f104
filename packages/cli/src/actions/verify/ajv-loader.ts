import { Ajv } from 'ajv';
import type { Options, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { SchemaDialect } from '@signet/core';

export type { ValidateFunction };

/** The Ajv instance type for either dialect. */
export type AjvLike = Ajv | Ajv2020;

/**
 * An Ajv for the spec's dialect with formats, strict mode off (OpenAPI keywords such as `example` are ignored)
 * and all errors reported. `coerce` validates strings from headers as their schema's type.
 *
 * @example createAjv('draft-07', false).compile({ type: 'string' })('x') // true
 */
export function createAjv(dialect: SchemaDialect, coerce: boolean): AjvLike {
  const options: Options = {
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false,
    inlineRefs: false,
    ...(coerce ? { coerceTypes: 'array' } : {}),
  };
  const ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats.default(ajv);
  return ajv;
}
