import { valueAt } from '@signet/core';
import type { JsonSchema } from '@signet/core';

/** A schema object (never a boolean schema) as generators read it. */
export type SchemaObject = Record<string, unknown>;

/** Thrown when no value can be generated for a schema (false schema, unbounded recursion, contradictions). */
export class UnsatisfiableSchema extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsatisfiableSchema';
  }
}

/**
 * Follows `$ref`s (percent-encoded `#/…` fragments into `root`, the loader's guarantee) until a schema without one,
 * counting the hops so callers can bound recursion. Sibling keywords of a `$ref` (2020-12) are merged over it.
 *
 * @example resolveRefs(root, { $ref: '#/components/schemas/Pet' }) // { schema: {...Pet}, hops: 1 }
 */
export function resolveRefs(root: unknown, schema: JsonSchema): { schema: JsonSchema; hops: number } {
  let current = schema;
  let hops = 0;
  while (typeof current === 'object' && typeof current.$ref === 'string') {
    if (++hops > 64) throw new UnsatisfiableSchema(`$ref chain too long at ${current.$ref}`);
    const { $ref, ...siblings } = current;
    const target = valueAt(root, refPointer($ref));
    if (target === undefined) throw new UnsatisfiableSchema(`unresolvable $ref ${String($ref)}`);
    const resolved = target as JsonSchema;
    current =
      Object.keys(siblings).length === 0 || typeof resolved !== 'object'
        ? resolved
        : { allOf: [resolved, siblings] };
  }
  return { schema: current, hops };
}

/** `#/a%20b/c` → `/a b/c` (still RFC 6901-escaped). */
export function refPointer(ref: string): string {
  const fragment = ref.startsWith('#') ? ref.slice(1) : ref;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The JSON types a schema allows, inferred from its keywords when `type` is absent; undefined means any. */
export function schemaTypes(schema: SchemaObject): string[] | undefined {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  if ('properties' in schema || 'required' in schema || 'additionalProperties' in schema) return ['object'];
  if ('items' in schema || 'prefixItems' in schema || 'minItems' in schema) return ['array'];
  if ('minLength' in schema || 'maxLength' in schema || 'pattern' in schema || 'format' in schema)
    return ['string'];
  if ('minimum' in schema || 'maximum' in schema || 'multipleOf' in schema) return ['number'];
  return undefined;
}

/** A number keyword, or undefined. */
export function num(schema: SchemaObject, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
