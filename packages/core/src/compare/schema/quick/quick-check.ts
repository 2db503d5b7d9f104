import { nodeAt } from '../applied-schemas.js';
import { refToPointer } from '../json-pointer.js';
import { discriminatorVerdict } from './quick-discriminator.js';
import { checkFormat } from './quick-format.js';
import { jsonEqual } from '../json-equal.js';
import { isRecord } from '../schema-keywords.js';
import { schemaPattern } from '../../../shared/linear-regex.js';
import type { Verdict } from './quick-verdict.js';

export type { Verdict };

/** The Ajv options that change what a schema means. */
export interface QuickCheckOptions {
  /** Ajv's `discriminator` option: the keyword picks the one `oneOf` branch to validate. */
  discriminator?: boolean;
}

/** Keywords Ajv validates that this check leaves to Ajv. */
const DEFERRED = new Set([
  '$dynamicRef',
  '$recursiveRef',
  'multipleOf',
  'contains',
  'maxContains',
  'minContains',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'dependentRequired',
  'dependencies',
  'dependentSchemas',
  'propertyNames',
  'discriminator',
  'nullable',
]);

/**
 * Whether `value` is valid against a schema, for the common keywords, interpreted directly. Most consumer
 * bodies are valid, and most schemas are used once or twice per contract: confirming "valid" without an Ajv
 * compile is much cheaper. Anything uncertain (and every invalid value, to get Ajv's errors) goes to Ajv.
 */
export function quickCheck(
  root: unknown,
  schema: unknown,
  value: unknown,
  options: QuickCheckOptions = {},
  depth = 0,
): Verdict {
  if (schema === true) return true;
  if (schema === false) return false;
  if (!isRecord(schema) || depth > 64) return undefined;
  let verdict: Verdict = true;
  const and = (v: Verdict): void => {
    if (v === false) verdict = false;
    else if (v === undefined && verdict !== false) verdict = undefined;
  };
  const discriminated = options.discriminator === true && schema.discriminator !== undefined;
  const deferred = deferredKeywords(schema);
  if (deferred === 'others' || (deferred === 'discriminator' && !discriminated)) return undefined;
  if (schema.uniqueItems === true || (Array.isArray(schema.items) && Array.isArray(value))) return undefined;
  const sub = (s: unknown, v: unknown): Verdict => quickCheck(root, s, v, options, depth + 1);

  if (typeof schema.$ref === 'string') {
    const target = refToPointer(schema.$ref);
    and(target === undefined ? undefined : sub(nodeAt(root, target), value));
  }
  if (schema.type !== undefined) and(hasType(schema.type, value));
  if (Array.isArray(schema.enum)) and(schema.enum.some((e) => jsonEqual(e, value)));
  if ('const' in schema) and(jsonEqual(schema.const, value));
  if (typeof value === 'number') and(numberBounds(schema, value));
  if (typeof value === 'string') and(stringBounds(schema, value));
  if (typeof schema.format === 'string') and(checkFormat(schema.format, value));
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
    if (schema.items !== undefined) for (const item of value) and(sub(schema.items, item));
  } else if (isRecord(value)) and(objectKeywords(schema, value, sub));
  if (Array.isArray(schema.allOf)) for (const branch of schema.allOf) and(sub(branch, value));
  if (Array.isArray(schema.anyOf)) and(some(schema.anyOf.map((b) => sub(b, value))));
  // Ajv skips `oneOf` when the discriminator chooses the branch.
  if (discriminated) and(discriminatorVerdict(root, schema, value, sub));
  else if (Array.isArray(schema.oneOf)) and(exactlyOne(schema.oneOf.map((b) => sub(b, value))));
  if (schema.not !== undefined) {
    const inner = sub(schema.not, value);
    and(inner === undefined ? undefined : !inner);
  }
  if (schema.if !== undefined) {
    const condition = sub(schema.if, value);
    if (condition === undefined) and(undefined);
    else {
      const branch = condition ? schema.then : schema.else;
      if (branch !== undefined) and(sub(branch, value));
    }
  }
  return verdict;
}

/** Which {@link DEFERRED} keywords a schema holds, found once per schema object: bodies revisit the same few. */
const deferredCache = new WeakMap<object, 'none' | 'discriminator' | 'others'>();

function deferredKeywords(schema: Record<string, unknown>): 'none' | 'discriminator' | 'others' {
  let found = deferredCache.get(schema);
  if (found === undefined) {
    found = 'none';
    for (const key of Object.keys(schema)) {
      if (!DEFERRED.has(key)) continue;
      if (key !== 'discriminator') {
        found = 'others';
        break;
      }
      found = 'discriminator';
    }
    deferredCache.set(schema, found);
  }
  return found;
}

function objectKeywords(
  schema: Record<string, unknown>,
  value: Record<string, unknown>,
  sub: (s: unknown, v: unknown) => Verdict,
): Verdict {
  const keys = Object.keys(value);
  if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) return false;
  if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) return false;
  if (
    Array.isArray(schema.required) &&
    schema.required.some((name) => typeof name === 'string' && !Object.hasOwn(value, name))
  ) {
    return false;
  }
  const properties = isRecord(schema.properties) ? schema.properties : NO_PROPERTIES;
  const patterns = isRecord(schema.patternProperties)
    ? Object.entries(schema.patternProperties)
    : NO_PATTERNS;
  let verdict: Verdict = true;
  for (const key of keys) {
    let claimed = false;
    let v: Verdict = true;
    if (Object.hasOwn(properties, key)) {
      claimed = true;
      v = sub(properties[key], value[key]);
    }
    for (const [pattern, patternSchema] of patterns) {
      const matches = patternTest(pattern, key);
      if (matches === undefined) return undefined;
      if (matches) {
        claimed = true;
        const p = sub(patternSchema, value[key]);
        v = v === false || p === false ? false : v === undefined || p === undefined ? undefined : true;
      }
    }
    if (!claimed && schema.additionalProperties !== undefined)
      v = sub(schema.additionalProperties, value[key]);
    if (v === false) return false;
    if (v === undefined) verdict = undefined;
  }
  return verdict;
}

const NO_PROPERTIES: Record<string, unknown> = Object.freeze({});
const NO_PATTERNS: ReadonlyArray<[string, unknown]> = Object.freeze([]);

function hasType(type: unknown, value: unknown): Verdict {
  const types = Array.isArray(type) ? (type as unknown[]) : [type];
  return types.some((t) => {
    switch (t) {
      case 'null':
        return value === null;
      case 'boolean':
        return typeof value === 'boolean';
      case 'string':
        return typeof value === 'string';
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'integer':
        return typeof value === 'number' && Number.isInteger(value);
      case 'array':
        return Array.isArray(value);
      case 'object':
        return isRecord(value);
      default:
        return false;
    }
  })
    ? true
    : types.every((t) => typeof t === 'string' && KNOWN_TYPES.has(t))
      ? false
      : undefined;
}

const KNOWN_TYPES = new Set(['null', 'boolean', 'string', 'number', 'integer', 'array', 'object']);

function numberBounds(s: Record<string, unknown>, n: number): boolean {
  const num = (k: string): number | undefined => (typeof s[k] === 'number' ? s[k] : undefined);
  const [min, max, xmin, xmax] = [
    num('minimum'),
    num('maximum'),
    num('exclusiveMinimum'),
    num('exclusiveMaximum'),
  ];
  return !(
    (min !== undefined && n < min) ||
    (max !== undefined && n > max) ||
    (xmin !== undefined && n <= xmin) ||
    (xmax !== undefined && n >= xmax)
  );
}

function stringBounds(s: Record<string, unknown>, text: string): Verdict {
  // Ajv counts code points, not UTF-16 units.
  if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
    const length = codePoints(text);
    if (typeof s.minLength === 'number' && length < s.minLength) return false;
    if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
  }
  if (typeof s.pattern !== 'string') return true;
  return patternTest(s.pattern, text);
}

/** The number of code points in `text` (a surrogate pair is one), without building an array of them. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Whether `text` matches; undefined (left to Ajv) when the pattern cannot be run safely. */
function patternTest(pattern: string, text: string): Verdict {
  const compiled = schemaPattern(pattern);
  return compiled.ok ? compiled.regex.test(text) : undefined;
}

function some(verdicts: Verdict[]): Verdict {
  return verdicts.includes(true) ? true : verdicts.includes(undefined) ? undefined : false;
}

function exactlyOne(verdicts: Verdict[]): Verdict {
  if (verdicts.includes(undefined)) return undefined;
  return verdicts.filter((v) => v === true).length === 1;
}
