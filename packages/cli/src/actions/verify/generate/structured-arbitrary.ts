import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { JsonSchema } from '@signet/core';
import { safeChar } from './format-arbitrary.js';
import { num, resolveRefs, UnsatisfiableSchema, type SchemaObject } from './schema-access.js';
import type { GenerationContext } from './generation-context.js';

/** The recursive entry point, passed in so this module does not import its caller. */
export type BuildArbitrary = (schema: JsonSchema, ctx: GenerationContext) => Arbitrary<unknown>;

/**
 * Objects: every required property, optional ones sometimes (never past the soft depth, never readOnly ones in
 * requests); maps from `additionalProperties` when no properties are declared. No undeclared extras.
 */
export function objectArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
  build: BuildArbitrary,
): Arbitrary<unknown> {
  const minimal = ctx.depth > ctx.softDepth;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const extra = schema.additionalProperties;
  const model: Record<string, Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const isRequired = required.includes(name);
    if (!isRequired && (minimal || (ctx.forRequest && isReadOnly(property, ctx)))) continue;
    try {
      model[name] = build(property, ctx);
    } catch (error) {
      if (isRequired || !(error instanceof UnsatisfiableSchema)) throw error;
    }
  }
  for (const name of required) {
    if (name in model) continue;
    if (extra === false) throw new UnsatisfiableSchema(`required property ${name} is not allowed`);
    model[name] = build(typeof extra === 'object' ? (extra as JsonSchema) : true, ctx);
  }
  if (Object.keys(properties).length === 0 && typeof extra === 'object' && extra !== null && !minimal) {
    const key = fc.string({ unit: safeChar, minLength: 1, maxLength: 8 }).filter((k) => !(k in model));
    const minKeys = Math.max(0, (num(schema, 'minProperties') ?? 0) - required.length);
    const map = fc.dictionary(key, build(extra as JsonSchema, ctx), { minKeys, maxKeys: minKeys + 3 });
    return fc.tuple(fc.record(model), map).map(([fixed, more]) => ({ ...more, ...fixed }));
  }
  return fc.record(model, { requiredKeys: required.filter((name) => name in model) });
}

/** Arrays within minItems/maxItems (minimal past the soft depth), unique when asked, tuples for prefixItems. */
export function arrayArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
  build: BuildArbitrary,
): Arbitrary<unknown> {
  const minLength = num(schema, 'minItems') ?? 0;
  const maxLength =
    ctx.depth > ctx.softDepth
      ? minLength
      : Math.max(minLength, Math.min(num(schema, 'maxItems') ?? minLength + 3, minLength + 5));
  const prefix = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : undefined;
  if (prefix) return fc.tuple(...(prefix as JsonSchema[]).map((item) => build(item, ctx)));
  if (minLength === 0 && maxLength === 0) return fc.constant([]);
  const item = build((schema.items ?? true) as JsonSchema, ctx);
  return schema.uniqueItems === true
    ? fc.uniqueArray(item, { minLength, maxLength, selector: (value) => JSON.stringify(value) })
    : fc.array(item, { minLength, maxLength });
}

function isReadOnly(schema: JsonSchema, ctx: GenerationContext): boolean {
  const { schema: resolved } = resolveRefs(ctx.root, schema);
  return typeof resolved === 'object' && resolved.readOnly === true;
}
