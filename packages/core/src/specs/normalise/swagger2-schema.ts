import type { SchemaRef } from '../model.js';
import { writtenSchema, type NormaliseContext } from './context.js';
import { isObject, type JsonObject } from './guards.js';
import { schemaOf } from './schema-value.js';

// The JSON Schema subset a Swagger 2 parameter, header or items object may carry.
const schemaKeys = (
  'type format default maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern ' +
  'maxItems minItems uniqueItems enum multipleOf x-nullable'
).split(' ');

/**
 * The schema of a Swagger 2 non-body parameter or header, written into the root as its `schema`
 * so that the returned {@link SchemaRef}'s pointer resolves. An explicit `schema` without `type` wins.
 */
export function inlineSchema(context: NormaliseContext, owner: JsonObject, pointer: string): SchemaRef {
  if (owner.type === undefined && owner.schema !== undefined) {
    const explicit = schemaOf(context, owner, pointer);
    if (explicit) return explicit;
  }
  return writtenSchema(context, owner, pointer, 'schema', () => schemaFromItems(owner));
}

function schemaFromItems(owner: JsonObject): JsonObject {
  const schema: JsonObject = {};
  for (const key of schemaKeys) if (owner[key] !== undefined) schema[key] = owner[key];
  const items = owner.items;
  if (isObject(items)) {
    // Swagger forbids `$ref` here, but specs use it; keep it so the item type is still checked.
    schema.items = typeof items.$ref === 'string' ? { $ref: items.$ref } : schemaFromItems(items);
  }
  return schema;
}
