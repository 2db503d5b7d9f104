import type { SchemaRef } from '../../specs/model.js';
import { getAtPointer, parsePointer, refToPointer } from '../schema/json-pointer.js';
import { isRecord } from '../schema/schema-keywords.js';

/** What a serialised parameter must be parsed into before validation. */
export type SchemaShape = 'array' | 'object' | 'primitive';

/**
 * The shape a parameter's schema asks for, following `$ref`s. A composition is an array (or object) only
 * when every branch is, so `oneOf: [string]` keeps `a,b` as one string.
 */
export function schemaShape(root: unknown, ref: SchemaRef | undefined): SchemaShape {
  return ref ? shapeOf(root, ref.schema, 0) : 'primitive';
}

function shapeOf(root: unknown, schema: unknown, depth: number): SchemaShape {
  if (!isRecord(schema) || depth > 32) return 'primitive';
  if (typeof schema.$ref === 'string') {
    const pointer = refToPointer(schema.$ref);
    return pointer === undefined
      ? 'primitive'
      : shapeOf(root, getAtPointer(root, parsePointer(pointer)), depth + 1);
  }
  const type = schema.type;
  const types = Array.isArray(type) ? type : typeof type === 'string' ? [type] : [];
  if (types.length > 0) {
    if (types.includes('array')) return 'array';
    if (types.includes('object')) return 'object';
    return 'primitive';
  }
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  if (schema.properties !== undefined) return 'object';
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const shapes = new Set(branches.map((b) => shapeOf(root, b, depth + 1)));
    if (shapes.size === 1) return shapes.values().next().value as SchemaShape;
    return 'primitive';
  }
  return 'primitive';
}

const shapes = new WeakMap<object, SchemaShape>();

/** {@link schemaShape}, remembered per parameter (or header) object. */
export function cachedShape(root: unknown, owner: { schema?: SchemaRef | undefined }): SchemaShape {
  let shape = shapes.get(owner);
  if (shape === undefined) {
    shape = schemaShape(root, owner.schema);
    shapes.set(owner, shape);
  }
  return shape;
}
