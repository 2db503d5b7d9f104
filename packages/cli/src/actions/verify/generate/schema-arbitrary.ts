import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { JsonSchema } from '@signet/core';
import { mergeSchemas } from './merge-schemas.js';
import { arrayArbitrary, objectArbitrary } from './structured-arbitrary.js';
import { integerArbitrary, numberArbitrary, stringArbitrary } from './scalar-arbitrary.js';
import { num, resolveRefs, schemaTypes, UnsatisfiableSchema, type SchemaObject } from './schema-access.js';
import type { GenerationContext } from './generation-context.js';

/**
 * A fast-check arbitrary of values valid against `schema` (best effort for patterns, `oneOf` exclusivity and
 * `not`), following `$ref`s into `ctx.root` with bounded recursion.
 *
 * @example fc.sample(schemaArbitrary({ type: 'integer', minimum: 1 }, generationContext({})), 3)
 * @throws {UnsatisfiableSchema} when no value can be built.
 */
export function schemaArbitrary(input: JsonSchema, ctx: GenerationContext): Arbitrary<unknown> {
  const { schema: resolved, hops } = resolveRefs(ctx.root, input);
  const here = hops === 0 ? ctx : { ...ctx, depth: ctx.depth + hops };
  if (here.depth > here.hardDepth) throw new UnsatisfiableSchema('recursion too deep');
  if (resolved === true) return anyValue();
  if (resolved === false) throw new UnsatisfiableSchema('false schema');
  let schema: SchemaObject = resolved;
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    schema = (allOf as JsonSchema[]).reduce<SchemaObject>(
      (acc, part) => mergeSchemas(acc, asObject(part, here)),
      rest,
    );
    return schemaArbitrary(schema, { ...here, depth: here.depth + 1 });
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) {
    if (schema.enum.length === 0) throw new UnsatisfiableSchema('empty enum');
    return fc.constantFrom(...(schema.enum as unknown[]));
  }
  const branches = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : undefined;
  if (branches) {
    const { oneOf: _o, anyOf: _a, ...rest } = schema;
    const build = (branch: JsonSchema): Arbitrary<unknown> => {
      const { schema: part, hops: branchHops } = resolveRefs(here.root, branch);
      if (part === false) throw new UnsatisfiableSchema('false schema');
      const merged = mergeSchemas(rest, part === true ? {} : part);
      return schemaArbitrary(merged, { ...here, depth: here.depth + branchHops });
    };
    return alternatives(branches as JsonSchema[], build, here);
  }
  const types = schemaTypes(schema);
  if (types === undefined) return anyValue();
  return alternatives(types, (type) => typeArbitrary(type, schema, here), here);
}

function typeArbitrary(type: string, schema: SchemaObject, ctx: GenerationContext): Arbitrary<unknown> {
  if (type === 'string')
    return stringArbitrary(ctx.nonEmptyStrings ? nonEmpty(schema) : schema, ctx.safeStrings);
  if (type === 'integer') return integerArbitrary(schema);
  if (type === 'number') return numberArbitrary(schema);
  if (type === 'boolean') return fc.boolean();
  if (type === 'null') return fc.constant(null);
  if (type === 'array') return arrayArbitrary(schema, ctx, schemaArbitrary);
  if (type === 'object') return objectArbitrary(schema, ctx, schemaArbitrary);
  throw new UnsatisfiableSchema(`unknown type ${type}`);
}

/** One arbitrary per option that can be built; past the soft depth, only the first that builds (preferring `null`). */
function alternatives<T>(
  options: T[],
  build: (option: T) => Arbitrary<unknown>,
  ctx: GenerationContext,
): Arbitrary<unknown> {
  const minimal = ctx.depth > ctx.softDepth;
  const ordered = minimal ? [...options].sort((a, b) => rank(a) - rank(b)) : options;
  const built: Array<Arbitrary<unknown>> = [];
  let reason = 'no alternative';
  for (const option of ordered) {
    try {
      built.push(build(option));
      if (minimal) break;
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchema)) throw error;
      reason = error.message;
    }
  }
  if (built.length === 0) throw new UnsatisfiableSchema(reason);
  return built.length === 1 ? built[0]! : fc.oneof(...built);
}

/** Simple options first when recursion must end: null, scalars, then anything with a `$ref`. */
function rank(option: unknown): number {
  if (
    option === 'null' ||
    (typeof option === 'object' && option !== null && (option as SchemaObject).type === 'null')
  )
    return 0;
  return JSON.stringify(option)?.includes('$ref') ? 2 : 1;
}

/** The schema with minLength at least 1 (a pattern may still match the empty string: callers filter those). */
function nonEmpty(schema: SchemaObject): SchemaObject {
  return { ...schema, minLength: Math.max(1, num(schema, 'minLength') ?? 0) };
}

function asObject(schema: JsonSchema, ctx: GenerationContext): SchemaObject {
  const { schema: resolved } = resolveRefs(ctx.root, schema);
  if (resolved === false) throw new UnsatisfiableSchema('false schema');
  return resolved === true ? {} : resolved;
}

function anyValue(): Arbitrary<unknown> {
  return fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -100, max: 100 }), fc.boolean());
}
