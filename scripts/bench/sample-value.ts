/**
 * Builds a JSON value for a schema, taking values from the spec's own example where they fit, so generated
 * contracts look like real traffic but stay valid. Responses keep a subset of fields (consumers rely on a few);
 * requests keep every required field.
 */
import type { Prng } from './prng.js';
import type { Schema } from './github-spec.js';
import { sampleNumber, sampleString } from './sample-scalars.js';

export { Unsatisfiable } from './sample-scalars.js';

export interface SampleOptions {
  resolve: (node: unknown) => Schema;
  rng: Prng;
  mode: 'request' | 'response';
}

const MAX_DEPTH = 5;
/** How many properties a consumer keeps at each depth of a response. */
const KEEP_BY_DEPTH = [10, 6, 4, 3, 2, 2];

export function sampleValue(
  options: SampleOptions,
  schema: unknown,
  example: unknown,
  depth = 0,
  name = '',
): unknown {
  const s = flattenAllOf(options.resolve, options.resolve(schema) ?? {});
  if (example === null && s.nullable === true) return null;
  const variants = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (variants) return sampleVariant(options, s, variants, example, depth, name);
  if (Array.isArray(s.enum)) {
    const allowed: unknown[] = s.enum.filter((v: unknown) => v !== null);
    return allowed.includes(example) ? example : allowed[0];
  }
  switch (schemaType(s)) {
    case 'object':
      return sampleObject(options, s, isObject(example) ? example : undefined, depth);
    case 'array':
      return sampleArray(options, s, Array.isArray(example) ? example : undefined, depth, name);
    case 'integer':
      return sampleNumber(s, example, true);
    case 'number':
      return sampleNumber(s, example, false);
    case 'boolean':
      return typeof example === 'boolean' ? example : options.rng.chance(0.5);
    case 'string':
      return sampleString(s, example, name);
    default:
      return example === undefined ? 'value' : example;
  }
}

/** Merges `allOf` members into one object schema, as OpenAPI intends (union of properties). */
export function flattenAllOf(resolve: (node: unknown) => Schema, s: Schema): Schema {
  if (!Array.isArray(s.allOf)) return s;
  const merged: Schema = { ...s, properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
  delete merged.allOf;
  for (const part of s.allOf) {
    const member = flattenAllOf(resolve, resolve(part));
    if (member.type) merged.type ??= member.type;
    Object.assign(merged.properties, member.properties ?? {});
    (merged.required as unknown[]).push(...(member.required ?? []));
    for (const key of ['oneOf', 'anyOf', 'enum', 'items', 'format', 'nullable'])
      if (member[key] !== undefined) merged[key] ??= member[key];
  }
  return merged;
}

export function schemaType(s: Schema): string | undefined {
  if (typeof s.type === 'string') return s.type;
  if (s.properties || s.additionalProperties) return 'object';
  if (s.items) return 'array';
  return undefined;
}

function sampleVariant(
  options: SampleOptions,
  s: Schema,
  variants: unknown[],
  example: unknown,
  depth: number,
  name: string,
): unknown {
  const resolved = variants.map((v) => flattenAllOf(options.resolve, options.resolve(v)));
  const fits = resolved.filter((v) => typeMatches(schemaType(v), example));
  const chosen = bestByOverlap(fits.length > 0 ? fits : resolved, example);
  if (example === null && chosen.nullable) return null;
  // For oneOf, include every property that tells the chosen variant apart, or two variants could both match.
  const others = s.oneOf ? resolved.filter((v) => v !== chosen) : [];
  const distinctive = Object.keys(chosen.properties ?? {}).filter((k) =>
    others.some((o) => !o.properties?.[k]),
  );
  const value = sampleValue(options, chosen, example, depth, name);
  const tag = discriminatorTag(s, variants, resolved.indexOf(chosen));
  if (isObject(value) && tag) value[tag.property] = tag.value;
  else if (isObject(value) && distinctive.length > 0) {
    const key = distinctive.find((k) => isObject(example) && k in example) ?? distinctive[0]!;
    if (!(key in value))
      value[key] = sampleValue(options, chosen.properties[key], example?.[key as never], depth + 1, key);
  }
  return value;
}

/** The discriminator property and the value naming the chosen variant, when the schema declares a mapping. */
function discriminatorTag(s: Schema, variants: unknown[], chosen: number) {
  const property = s.discriminator?.propertyName as string | undefined;
  const ref = (variants[chosen] as Schema | undefined)?.$ref;
  const mapping = Object.entries((s.discriminator?.mapping ?? {}) as Record<string, string>);
  const value = mapping.find(([, target]) => target === ref)?.[0];
  return property && value ? { property, value } : undefined;
}

function bestByOverlap(candidates: Schema[], example: unknown): Schema {
  if (!isObject(example)) return candidates[0]!;
  const keys = Object.keys(example);
  const score = (c: Schema) => keys.filter((k) => c.properties?.[k]).length;
  return candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
}

function sampleObject(options: SampleOptions, s: Schema, example: Schema | undefined, depth: number): Schema {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const declared = Object.keys(properties);
  const required = new Set<string>(options.mode === 'request' ? (s.required ?? []) : []);
  if (declared.length === 0) return freeFormObject(options, s, example, depth);
  const candidates = declared.filter((k) => !required.has(k) && (!example || k in example));
  const keep =
    depth >= MAX_DEPTH ? 0 : options.mode === 'request' ? options.rng.int(0, 2) : KEEP_BY_DEPTH[depth]!;
  const chosen = new Set([...required, ...options.rng.shuffle(candidates).slice(0, keep)]);
  if (chosen.size === 0 && declared.length > 0) chosen.add(declared[0]!);
  const result: Schema = {};
  for (const key of declared) {
    if (!chosen.has(key)) continue;
    const deepContainer = depth >= 3 && isContainer(options, properties[key]);
    if (deepContainer && !required.has(key)) continue;
    const value = sampleValue(options, properties[key], example?.[key], depth + 1, key);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function freeFormObject(
  options: SampleOptions,
  s: Schema,
  example: Schema | undefined,
  depth: number,
): Schema {
  const extra = s.additionalProperties;
  if (options.mode === 'response' && (extra === undefined || extra === true)) return {};
  if (isObject(extra)) {
    const key = (example && Object.keys(example)[0]) ?? 'key';
    return { [key]: sampleValue(options, extra, example?.[key], depth + 1, key) };
  }
  return example && extra !== false ? example : {};
}

function sampleArray(
  options: SampleOptions,
  s: Schema,
  example: unknown[] | undefined,
  depth: number,
  name: string,
) {
  const min = Number(s.minItems ?? 0);
  if (depth >= MAX_DEPTH && min === 0) return [];
  const count = Math.max(min, Math.min(example?.length ?? 1, depth === 0 ? 3 : 1));
  const items: unknown[] = [];
  for (let i = 0; i < count; i++)
    items.push(sampleValue(options, s.items ?? {}, example?.[i], depth + 1, name));
  return s.uniqueItems ? [...new Map(items.map((v) => [JSON.stringify(v), v])).values()] : items;
}

function isContainer(options: SampleOptions, schema: unknown): boolean {
  const type = schemaType(flattenAllOf(options.resolve, options.resolve(schema) ?? {}));
  return type === 'object' || type === 'array' || type === undefined;
}

function typeMatches(type: string | undefined, value: unknown): boolean {
  if (value === undefined || value === null || type === undefined) return true;
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  return typeof value === type;
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
