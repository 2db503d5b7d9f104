import type { JsonSchema } from '@signet/core';
import { resolveRefs, type SchemaObject } from './schema-access.js';

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];

/**
 * Merges two resolved schema objects into one a generator can follow (best effort `allOf`): types and enums
 * intersect, properties and required unite, bounds tighten, overlapping property schemas become `allOf`s.
 *
 * @example mergeSchemas({ required: ['a'] }, { required: ['b'] }) // { required: ['a', 'b'] }
 */
export function mergeSchemas(a: SchemaObject, b: SchemaObject): SchemaObject {
  const merged: SchemaObject = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = merged[key];
    if (mine === undefined) merged[key] = value;
    else if (LOWER_BOUNDS.includes(key)) merged[key] = Math.max(Number(mine), Number(value));
    else if (UPPER_BOUNDS.includes(key)) merged[key] = Math.min(Number(mine), Number(value));
    else if (key === 'type') merged.type = intersectTypes(mine, value);
    else if (key === 'required') merged.required = [...new Set([...asArray(mine), ...asArray(value)])];
    else if (key === 'enum') merged.enum = intersectValues(asArray(mine), asArray(value));
    else if (key === 'properties') merged.properties = mergeProperties(mine, value);
    else if (key === 'items' || key === 'additionalProperties') merged[key] = both(mine, value);
    else if (key === 'allOf') merged.allOf = [...asArray(mine), ...asArray(value)];
    else if (key === 'oneOf' || key === 'anyOf') merged.allOf = [...asArray(merged.allOf), { [key]: value }];
    else merged[key] = value;
  }
  return merged;
}

function both(a: unknown, b: unknown): unknown {
  if (a === false || b === false) return false;
  if (a === true) return b;
  if (b === true) return a;
  return { allOf: [a, b] };
}

function mergeProperties(a: unknown, b: unknown): SchemaObject {
  const result: SchemaObject = { ...(a as SchemaObject) };
  for (const [name, schema] of Object.entries(b as SchemaObject)) {
    result[name] = name in result ? both(result[name], schema) : schema;
  }
  return result;
}

function intersectTypes(a: unknown, b: unknown): string[] {
  const left = asArray(a);
  const right = asArray(b);
  const common = left.filter((t) => right.includes(t) || (t === 'integer' && right.includes('number')));
  for (const t of right)
    if (t === 'integer' && left.includes('number') && !common.includes(t)) common.push(t);
  return common as string[];
}

function intersectValues(a: unknown[], b: unknown[]): unknown[] {
  const keys = new Set(b.map((v) => JSON.stringify(v)));
  return a.filter((v) => keys.has(JSON.stringify(v)));
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A schema with its `$ref`s followed and its `allOf` merged (one level of each part), for reading keywords such as
 * bounds and properties; undefined for boolean schemas.
 */
export function flattenSchema(root: unknown, schema: JsonSchema): SchemaObject | undefined {
  const { schema: resolved } = resolveRefs(root, schema);
  if (typeof resolved !== 'object') return undefined;
  if (!Array.isArray(resolved.allOf)) return resolved;
  const { allOf, ...rest } = resolved;
  return (allOf as JsonSchema[]).reduce<SchemaObject>((acc, part) => {
    const { schema: partSchema } = resolveRefs(root, part);
    return typeof partSchema === 'object' ? mergeSchemas(acc, partSchema) : acc;
  }, rest);
}
