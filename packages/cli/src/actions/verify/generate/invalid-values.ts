import type { JsonSchema } from '@signet/core';
import { flattenSchema } from './merge-schemas.js';
import { num, schemaTypes } from './schema-access.js';
import type { EdgeValue } from './boundary-values.js';

const NOT_A_FORMAT: Record<string, string> = {
  'date-time': 'not-a-date-time',
  date: 'not-a-date',
  email: 'not-an-email',
  uuid: 'not-a-uuid',
  uri: 'not a uri',
};

/**
 * Values a schema rejects: a wrong type, one past each bound, a string outside the enum, a malformed format.
 * Callers check each really is invalid (as the provider would see it) before sending it.
 *
 * @example invalidValues(root, { type: 'integer', maximum: 100 }) // 'not-a-number', 101
 */
export function invalidValues(root: unknown, input: JsonSchema): EdgeValue[] {
  const schema = flattenSchema(root, input);
  if (!schema) return [];
  const types = schemaTypes(schema) ?? [];
  const values: EdgeValue[] = [];
  if (!types.includes('string')) values.push({ value: 'not-a-number', note: 'wrong type (a string)' });
  else if (!types.includes('integer') && !types.includes('number') && !types.includes('object'))
    values.push({ value: { wrong: 'type' }, note: 'wrong type (an object)' });
  if (Array.isArray(schema.enum))
    values.push({ value: 'not-one-of-the-enum-values', note: 'value outside the enum' });
  const min = num(schema, 'minimum') ?? num(schema, 'exclusiveMinimum');
  const max = num(schema, 'maximum') ?? num(schema, 'exclusiveMaximum');
  if (min !== undefined)
    values.push({ value: num(schema, 'minimum') === undefined ? min : min - 1, note: 'below the minimum' });
  if (max !== undefined)
    values.push({ value: num(schema, 'maximum') === undefined ? max : max + 1, note: 'above the maximum' });
  const maxLength = num(schema, 'maxLength');
  if (maxLength !== undefined && maxLength < 10_000)
    values.push({ value: 'x'.repeat(maxLength + 1), note: 'longer than maxLength' });
  const minLength = num(schema, 'minLength');
  if (minLength !== undefined && minLength > 0)
    values.push({ value: 'x'.repeat(minLength - 1), note: 'shorter than minLength' });
  const format = typeof schema.format === 'string' ? NOT_A_FORMAT[schema.format] : undefined;
  if (format) values.push({ value: format, note: `not a valid ${String(schema.format)}` });
  return values;
}
