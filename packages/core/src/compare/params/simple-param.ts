import type { SchemaError } from '../schema/schema-errors.js';
import { isRecord } from '../schema/schema-keywords.js';

/** Keywords that do not constrain a value (or, `format`, only as {@link formatHolds} says). */
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
/** Keywords checked here only to confirm a value valid; a value they reject goes to Ajv for its errors. */
const BOUNDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
/** `$ref` hops followed to a parameter's schema (`{$ref: '#/components/schemas/alert-number'}`). */
const MAX_REF_HOPS = 8;

/** The schema a local `$ref` names, or undefined when it cannot be resolved. */
export type ResolveRef = (ref: string) => unknown;

/**
 * What the simple check knows of a value: `valid`; `invalid` (only bounds or an `enum` rule it out: Ajv words
 * those errors); `type` (not of the schema's type, the error below); undefined when only Ajv can tell.
 */
export type SimpleVerdict = 'valid' | 'invalid' | 'type' | undefined;

/**
 * Most parameters are a bare `{ type: integer }` or `{ type: string }`, possibly behind a `$ref` and with
 * bounds or an `enum`: checking those directly spares loading Ajv and a compile per parameter on large specs.
 * Returns undefined when the schema needs the real validator, or the value an error Ajv words.
 */
export function checkSimpleParam(
  schema: unknown,
  value: unknown,
  resolve?: ResolveRef,
): SchemaError[] | undefined {
  const verdict = simpleParamVerdict(schema, value, resolve);
  if (verdict === 'valid') return [];
  // Only for a bare schema (no `$ref`, bounds or `enum`), whose type error is all Ajv would report, as it words it.
  if (verdict !== 'type' || !isRecord(schema) || !isBare(schema)) return undefined;
  return [{ path: [], message: `must be ${String(schema.type)}`, keyword: 'type', schemaPath: 'type' }];
}

/** {@link SimpleVerdict} of a parameter's string `value` against `schema`, as Ajv (coercing) would decide. */
export function simpleParamVerdict(schema: unknown, value: unknown, resolve?: ResolveRef): SimpleVerdict {
  const target = followOnlyRefs(schema, resolve);
  if (!isRecord(target) || typeof value !== 'string') return undefined;
  const type = target.type;
  const constraints = type === 'string' ? ENUM : type === 'integer' || type === 'number' ? BOUNDS : NONE;
  if (
    !Object.keys(target).every((k) => INERT.has(k) || constraints.has(k)) ||
    !INERT_FORMATS.has(target.format as string | undefined)
  )
    return undefined;
  switch (type) {
    case 'string':
      if (target.format !== undefined) return undefined;
      return target.enum === undefined || enumHas(target.enum, value) ? 'valid' : enumVerdict(target.enum);
    case 'integer':
      if (!/^-?\d+$/.test(value)) return typeVerdict(schema, value, true);
      return formatHolds(target.format, Number(value)) ? boundsVerdict(target, Number(value)) : undefined;
    case 'number':
      if (value.trim() === '' || !Number.isFinite(Number(value))) return typeVerdict(schema, value, false);
      return formatHolds(target.format, Number(value)) ? boundsVerdict(target, Number(value)) : undefined;
    case 'boolean':
      return value === 'true' || value === 'false' ? 'valid' : 'type';
    default:
      return undefined;
  }
}

/**
 * A value the strict reading above refuses as a number. A bare schema has always been read strictly (`" "` is
 * no integer here, though Ajv's coercion makes it 0); any other schema was Ajv's, so it stays Ajv's wherever
 * Ajv's coercion (`+value`, not empty) would still make a number of it.
 */
function typeVerdict(schema: unknown, value: string, integer: boolean): SimpleVerdict {
  if (isBare(schema)) return 'type';
  const n = +value;
  // "Infinity" and "NaN" are no JSON numbers: never coerced (validate-param.ts keeps Ajv to the same reading).
  const coerces = value !== '' && Number.isFinite(n) && (!integer || n % 1 === 0);
  return coerces ? undefined : 'type';
}

/** A schema of inert keywords only (no `$ref`, bounds or `enum`). */
export function isBare(schema: unknown): boolean {
  return isRecord(schema) && Object.keys(schema).every((k) => INERT.has(k));
}

/** ajv-formats' numeric formats: `int32` and `int64` hold integers (`int32` in range), `float`/`double` any number. */
function formatHolds(format: unknown, n: number): boolean {
  if (format === 'int32') return Number.isInteger(n) && n <= 2 ** 31 - 1 && n >= -(2 ** 31);
  if (format === 'int64') return Number.isInteger(n);
  return true;
}

const ENUM = new Set(['enum']);
const NONE = new Set<string>();

/** Follows a chain of schemas that hold nothing but a `$ref` (Ajv would apply any sibling keyword too). */
function followOnlyRefs(schema: unknown, resolve: ResolveRef | undefined): unknown {
  let node = schema;
  for (let hops = 0; isRecord(node) && typeof node.$ref === 'string'; hops++) {
    if (resolve === undefined || hops >= MAX_REF_HOPS || Object.keys(node).length !== 1) return undefined;
    node = resolve(node.$ref);
  }
  return node;
}

function enumHas(values: unknown, value: string): boolean {
  return Array.isArray(values) && values.includes(value);
}

/** A string in no `enum` entry is invalid; a malformed or empty `enum` (which Ajv cannot compile) is Ajv's. */
function enumVerdict(values: unknown): SimpleVerdict {
  return Array.isArray(values) && values.length > 0 ? 'invalid' : undefined;
}

/** Whether every bound holds; undefined when a bound is no number (then Ajv decides). */
function boundsVerdict(schema: Record<string, unknown>, n: number): SimpleVerdict {
  let verdict: SimpleVerdict = 'valid';
  const check = (key: string, holds: (bound: number) => boolean): void => {
    const bound = schema[key];
    if (bound === undefined || verdict === undefined) return;
    if (typeof bound !== 'number') verdict = undefined;
    else if (!holds(bound)) verdict = 'invalid';
  };
  check('minimum', (b) => n >= b);
  check('maximum', (b) => n <= b);
  check('exclusiveMinimum', (b) => n > b);
  check('exclusiveMaximum', (b) => n < b);
  return verdict;
}
