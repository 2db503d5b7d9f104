import { valueAt } from '@signet/core';
import type { JsonSchema, SchemaRef } from '@signet/core';
import { flattenSchema } from './merge-schemas.js';
import { resolveRefs } from './schema-access.js';

/**
 * The examples the spec gives for a parameter or media type, in order: the `example` / `examples` (or Swagger's
 * `x-example`) of the object holding the schema, else an example built from the schema's own `example`s (an
 * object's from its properties' examples when every required one has one).
 *
 * @example specExamples(spec.schemaRoot, param.schema) // ['doggie']
 */
export function specExamples(root: unknown, ref: SchemaRef | undefined): unknown[] {
  if (!ref) return [];
  const holder = valueAt(root, ref.pointer.replace(/\/schema$/, ''));
  const found: unknown[] = [];
  if (typeof holder === 'object' && holder !== null) {
    const h = holder as Record<string, unknown>;
    if ('example' in h) found.push(h.example);
    if ('x-example' in h) found.push(h['x-example']);
    if (typeof h.examples === 'object' && h.examples !== null) {
      for (const entry of Object.values(h.examples as Record<string, JsonSchema>)) {
        const { schema: example } = resolveRefs(root, entry);
        if (typeof example === 'object' && 'value' in example) found.push(example.value);
      }
    }
  }
  if (found.length > 0) return found;
  const composed = schemaExample(root, ref.schema, 0);
  return composed === undefined ? [] : [composed];
}

function schemaExample(root: unknown, input: JsonSchema, depth: number): unknown {
  const schema = depth > 8 ? undefined : flattenSchema(root, input);
  if (!schema) return undefined;
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0] as unknown;
  if (schema.default !== undefined) return schema.default;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return undefined;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const result: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const value = schemaExample(root, property, depth + 1);
    if (value !== undefined) result[name] = value;
    else if (required.includes(name)) return undefined;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
