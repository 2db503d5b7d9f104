import { nodeAt } from '../applied-schemas.js';
import { jsonTypes } from './ajv-rules.js';
import { refToPointer } from '../json-pointer.js';
import { tagMapping } from '../quick/quick-discriminator.js';
import { isRecord } from '../schema-keywords.js';
import { schemaPattern } from '../../../shared/linear-regex.js';

type ValueKind = 'string' | 'number' | 'boolean' | 'object' | 'array';

// Ajv checks each keyword's value against these kinds while compiling, and throws on a mismatch.
const kinds: Record<string, readonly ValueKind[]> = {
  $ref: ['string'],
  type: ['string', 'array'],
  enum: ['array'],
  not: ['object', 'boolean'],
  anyOf: ['array'],
  oneOf: ['array'],
  allOf: ['array'],
  if: ['object', 'boolean'],
  then: ['object', 'boolean'],
  else: ['object', 'boolean'],
  maximum: ['number'],
  minimum: ['number'],
  exclusiveMaximum: ['number'],
  exclusiveMinimum: ['number'],
  multipleOf: ['number'],
  maxLength: ['number'],
  minLength: ['number'],
  pattern: ['string'],
  format: ['string'],
  maxItems: ['number'],
  minItems: ['number'],
  additionalItems: ['object', 'boolean'],
  items: ['object', 'array', 'boolean'],
  contains: ['object', 'boolean'],
  uniqueItems: ['boolean'],
  maxProperties: ['number'],
  minProperties: ['number'],
  required: ['array'],
  propertyNames: ['object', 'boolean'],
  additionalProperties: ['object', 'boolean'],
  dependencies: ['object'],
  properties: ['object'],
  patternProperties: ['object'],
};
// Keywords whose compile-time checks are not modelled here: a schema using them is left to Ajv.
const unmodelled = ['id', '$async', 'nullable', 'formatMaximum', 'formatMinimum'].concat([
  'formatExclusiveMaximum',
  'formatExclusiveMinimum',
  'minContains',
  'maxContains',
]);
const singles = ['not', 'if', 'then', 'else', 'additionalItems', 'contains', 'propertyNames'].concat([
  'additionalProperties',
]);
const lists = ['anyOf', 'oneOf', 'allOf'];
const maps = ['properties', 'patternProperties', 'dependencies'];

const verdicts = new WeakMap<object, Map<string, boolean>>();
// Schemas whose whole reachable graph passed, per root, without and with the discriminator keyword.
const compilable = [new WeakMap<object, WeakSet<object>>(), new WeakMap<object, WeakSet<object>>()];

/**
 * Whether Ajv compiles the schema at `pointer` of `root` (draft-07, strict off) without throwing, judged by
 * walking every schema it reaches, as Ajv's compile does. Conservative: false also means "not sure", and then
 * only Ajv can say what it makes of the schema. Remembered per root and pointer.
 */
export function isCompilable(root: object, pointer: string, options: { discriminator: boolean }): boolean {
  let byPointer = verdicts.get(root);
  if (!byPointer) verdicts.set(root, (byPointer = new Map<string, boolean>()));
  const key = `${options.discriminator ? 'd' : ''}${pointer}`;
  let verdict = byPointer.get(key);
  if (verdict === undefined) {
    verdict = walk(root, nodeAt(root, pointer), options.discriminator);
    byPointer.set(key, verdict);
  }
  return verdict;
}

function walk(root: object, start: unknown, discriminator: boolean): boolean {
  const byRoot = compilable[discriminator ? 1 : 0] as WeakMap<object, WeakSet<object>>;
  let known = byRoot.get(root);
  if (!known) byRoot.set(root, (known = new WeakSet()));
  const visited = new Set<object>();
  const pending: unknown[] = [start];
  while (pending.length > 0) {
    const schema = pending.pop();
    if (typeof schema === 'boolean') continue;
    if (!isRecord(schema)) return false;
    if (visited.has(schema) || known.has(schema)) continue;
    visited.add(schema);
    if (!ownCheck(root, schema, discriminator)) return false;
    if (typeof schema.$ref === 'string') {
      const target = refToPointer(schema.$ref);
      const node = target === undefined || /%2f/i.test(schema.$ref) ? undefined : nodeAt(root, target);
      if (!isRecord(node)) return false;
      pending.push(node);
    }
    for (const key of singles) if (schema[key] !== undefined) pending.push(schema[key]);
    for (const key of lists) if (Array.isArray(schema[key])) pending.push(...(schema[key] as unknown[]));
    if (Array.isArray(schema.items)) pending.push(...(schema.items as unknown[]));
    else if (schema.items !== undefined) pending.push(schema.items);
    for (const key of maps) {
      const map = schema[key];
      if (!isRecord(map)) continue;
      for (const name of Object.keys(map)) {
        if (key === 'dependencies' && Array.isArray(map[name])) continue;
        if (name !== '__proto__') pending.push(map[name]);
      }
    }
  }
  for (const schema of visited) known.add(schema);
  return true;
}

/** The compile-time checks Ajv makes on one schema object's own keywords. */
function ownCheck(root: object, schema: Record<string, unknown>, discriminator: boolean): boolean {
  for (const key of Object.keys(schema)) {
    if (unmodelled.includes(key)) return false;
    const allowed = kinds[key];
    if (allowed && !allowed.some((kind) => isKind(schema[key], kind))) return false;
  }
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (!types.every((type) => typeof type === 'string' && jsonTypes.has(type))) return false;
  if (Array.isArray(schema.enum) && schema.enum.length === 0) return false;
  if (typeof schema.pattern === 'string' && !schemaPattern(schema.pattern).ok) return false;
  if (isRecord(schema.patternProperties)) {
    for (const pattern of Object.keys(schema.patternProperties)) if (!schemaPattern(pattern).ok) return false;
  }
  if (discriminator && schema.discriminator !== undefined) {
    if (!isRecord(schema.discriminator) || tagMapping(root, schema) === undefined) return false;
  }
  return true;
}

function isKind(value: unknown, kind: ValueKind): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'object') return isRecord(value);
  return typeof value === kind;
}
