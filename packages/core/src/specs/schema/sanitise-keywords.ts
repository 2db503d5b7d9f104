import { isEcmaScriptPattern } from '../../shared/linear-regex.js';

type Schema = Record<string, unknown>;

const jsonTypes = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
const numbers = ['multipleOf', 'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'];
const counts = [
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'minContains',
  'maxContains',
];
const strings = ['format', 'title', 'description', '$comment', 'contentMediaType', 'contentEncoding', '$ref'];
const booleans = ['uniqueItems', 'readOnly', 'writeOnly', 'deprecated'];
const patternCache = new Map<string, boolean>();

/**
 * Repairs keyword values the validator would reject while compiling (real specs carry `required: true`,
 * `type: file`, `minimum: "0"`, patterns that are not valid Unicode regular expressions…). What cannot be
 * repaired is dropped, which makes validation more lenient only where the spec was broken anyway.
 * Also drops `$schema`, which would make Ajv look for another meta-schema.
 */
export function sanitiseKeywords(schema: Schema, keys: readonly string[] = Object.keys(schema)): void {
  // Each repair touches its own keyword only, so visiting the schema's few keys is enough (and cheaper than
  // looking up every keyword in each of a big spec's schemas).
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    repairs.get(key)?.(schema, key);
  }
}

type Repair = (schema: Schema, key: string) => void;

/** Drops the keyword unless its value passes `test`. */
const keepIf =
  (test: (value: unknown) => boolean): Repair =>
  (schema, key) => {
    if (!test(schema[key])) delete schema[key];
  };
const isString = (value: unknown): boolean => typeof value === 'string';

const repairs = new Map<string, Repair>([
  ['$schema', keepIf(() => false)],
  ['type', sanitiseType],
  ...numbers.map((key): [string, Repair] => [key, numberRepair((v) => key !== 'multipleOf' || v > 0)]),
  ...counts.map((key): [string, Repair] => [key, numberRepair((v) => Number.isInteger(v) && v >= 0)]),
  ...strings.map((key): [string, Repair] => [key, keepIf(isString)]),
  ...booleans.map((key): [string, Repair] => [key, keepIf((value) => typeof value === 'boolean')]),
  ['required', sanitiseRequired],
  ['enum', keepIf(Array.isArray)],
  ['examples', keepIf(Array.isArray)],
  ['pattern', keepIf((value) => typeof value === 'string' && validPattern(value))],
  ['patternProperties', sanitisePatternProperties],
  ['dependencies', sanitiseDependencies],
  ['dependentRequired', sanitiseDependencies],
]);

function sanitiseRequired(schema: Schema): void {
  const required = schema.required;
  if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) delete schema.required;
  // Lists are short and rarely repeat a name: copy only when one does.
  else if (required.some((name, index) => required.indexOf(name) !== index)) {
    schema.required = [...new Set(required)];
  }
}

// Keys of patternProperties are regular expressions too.
function sanitisePatternProperties(schema: Schema): void {
  const patterns = schema.patternProperties;
  if (isMap(patterns)) for (const key of Object.keys(patterns)) if (!validPattern(key)) delete patterns[key];
}

// Lists of property names must hold strings.
function sanitiseDependencies(schema: Schema, key: string): void {
  const map = schema[key];
  if (!isMap(map)) return;
  for (const [name, value] of Object.entries(map)) {
    if (Array.isArray(value)) map[name] = value.filter((entry): entry is string => typeof entry === 'string');
    else if (key === 'dependentRequired') delete map[name];
  }
}

function isMap(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sanitiseType(schema: Schema): void {
  if (!('type' in schema)) return;
  // The common case, already valid: spare the copies below.
  if (typeof schema.type === 'string' && jsonTypes.has(schema.type)) return;
  const raw = Array.isArray(schema.type) ? schema.type : [schema.type];
  const valid = [
    ...new Set(
      raw.filter((type): type is string => typeof type === 'string').map((type) => type.toLowerCase()),
    ),
  ].filter((type) => jsonTypes.has(type));
  if (valid.length === 0) delete schema.type;
  else schema.type = Array.isArray(schema.type) ? valid : valid[0];
}

/** A numeric keyword as a number (`"0"` is read as 0), dropped unless finite and `ok`. */
function numberRepair(ok: (value: number) => boolean): Repair {
  return (schema, key) => {
    const raw = schema[key];
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof value === 'number' && Number.isFinite(value) && ok(value)) schema[key] = value;
    else delete schema[key];
  };
}

function validPattern(pattern: string): boolean {
  let valid = patternCache.get(pattern);
  if (valid === undefined) {
    valid = isEcmaScriptPattern(pattern);
    if (patternCache.size < 10_000) patternCache.set(pattern, valid);
  }
  return valid;
}
