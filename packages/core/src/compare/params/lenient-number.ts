import type { Parameter } from '../../specs/model.js';
import { isRecord } from '../schema/schema-keywords.js';

// Leading zeros are decimal text all the same: common parsers read `007` as 7.
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?\d+$/;

/**
 * Why a query value the schema accepts as a number or integer is still not one in plain decimal form
 * (`0x10`, ` 5`, `+5`, `.5`), or undefined when it is. Schema validation reads
 * numbers leniently, as PactFlow's does; a provider that parses decimal text strictly refuses such a value, so
 * it deserves a warning, never a silent pass. Only a parameter whose schema is itself `number`/`integer`.
 */
export function lenientNumber(param: Parameter, value: unknown): string | undefined {
  const schema = param.schema?.schema;
  if (typeof value !== 'string' || !isRecord(schema)) return undefined;
  if (schema.type === 'integer' && !INTEGER.test(value))
    return `'${value}' is not an integer in plain decimal form`;
  if (schema.type === 'number' && !DECIMAL.test(value))
    return `'${value}' is not a number in plain decimal form`;
  return undefined;
}
