import type { JsonSchema } from '@signet/core';
import { flattenSchema } from './merge-schemas.js';
import { num, schemaTypes } from './schema-access.js';
import { integerBounds } from './scalar-arbitrary.js';

/** A value at an edge of what a schema allows, with a short description. */
export interface EdgeValue {
  value: unknown;
  note: string;
}

/**
 * Values at the edges of a schema: minimum and maximum, the shortest and longest plain strings (the empty string
 * where allowed), the empty array, the first and last enum members. Callers still validate them.
 *
 * @example boundaryValues(root, { type: 'integer', minimum: 1, maximum: 100 }) // 1 and 100
 */
export function boundaryValues(root: unknown, input: JsonSchema): EdgeValue[] {
  const schema = flattenSchema(root, input);
  if (!schema) return [];
  if (Array.isArray(schema.enum) && schema.enum.length > 1) {
    return [
      { value: schema.enum[0], note: 'first enum value' },
      { value: schema.enum.at(-1), note: 'last enum value' },
    ];
  }
  const edges: EdgeValue[] = [];
  for (const type of schemaTypes(schema) ?? []) {
    if (type === 'integer') {
      const { min, max } = integerBounds(schema);
      if (num(schema, 'minimum') !== undefined || num(schema, 'exclusiveMinimum') !== undefined)
        edges.push({ value: min, note: 'minimum' });
      if (num(schema, 'maximum') !== undefined || num(schema, 'exclusiveMaximum') !== undefined)
        edges.push({ value: max, note: 'maximum' });
    } else if (type === 'number') {
      const min = num(schema, 'minimum');
      const max = num(schema, 'maximum');
      if (min !== undefined) edges.push({ value: min, note: 'minimum' });
      if (max !== undefined) edges.push({ value: max, note: 'maximum' });
    } else if (type === 'string' && schema.format === undefined && schema.pattern === undefined) {
      const minLength = num(schema, 'minLength') ?? 0;
      edges.push({
        value: 'a'.repeat(minLength),
        note: minLength === 0 ? 'empty string' : 'shortest string',
      });
      const maxLength = num(schema, 'maxLength');
      if (maxLength !== undefined && maxLength <= 10_000)
        edges.push({ value: 'z'.repeat(maxLength), note: 'longest string' });
    } else if (type === 'array' && (num(schema, 'minItems') ?? 0) === 0) {
      edges.push({ value: [], note: 'empty array' });
    }
  }
  return edges;
}
