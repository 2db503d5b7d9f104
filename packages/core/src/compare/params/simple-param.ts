import type { SchemaError } from '../schema/schema-errors.js';
import { isRecord } from '../schema/schema-keywords.js';

/** Keywords that do not constrain a value (or that Ajv ignores here). */
const INERT = new Set([
  'type',
  'description',
  'title',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable',
  'format',
]);
const INERT_FORMATS = new Set([undefined, 'int32', 'int64', 'float', 'double']);

/**
 * Most parameters are a bare `{ type: integer }` or `{ type: string }`: checking those directly spares an Ajv
 * compile per parameter on large specs. Returns undefined when the schema needs the real validator.
 */
export function checkSimpleParam(schema: unknown, value: unknown): SchemaError[] | undefined {
  if (!isRecord(schema) || typeof value !== 'string') return undefined;
  if (
    !Object.keys(schema).every((k) => INERT.has(k)) ||
    !INERT_FORMATS.has(schema.format as string | undefined)
  )
    return undefined;
  const type = schema.type;
  const fail = (t: string): SchemaError[] => [
    { path: [], message: `must be ${t}`, keyword: 'type', schemaPath: 'type' },
  ];
  switch (type) {
    case 'string':
      return schema.format === undefined ? [] : undefined;
    case 'integer':
      return /^-?\d+$/.test(value) ? [] : fail('integer');
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? [] : fail('number');
    case 'boolean':
      return value === 'true' || value === 'false' ? [] : fail('boolean');
    default:
      return undefined;
  }
}
