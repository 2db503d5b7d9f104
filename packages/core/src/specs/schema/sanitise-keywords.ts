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
export function sanitiseKeywords(schema: Schema): void {
  delete schema.$schema;
  sanitiseType(schema);
  for (const key of numbers) number(schema, key, (value) => key !== 'multipleOf' || value > 0);
  for (const key of counts) number(schema, key, (value) => Number.isInteger(value) && value >= 0);
  for (const key of strings) if (key in schema && typeof schema[key] !== 'string') delete schema[key];
  for (const key of booleans) if (key in schema && typeof schema[key] !== 'boolean') delete schema[key];
  if ('required' in schema) {
    const required = schema.required;
    if (Array.isArray(required) && required.every((name) => typeof name === 'string')) {
      schema.required = [...new Set(required)];
    } else delete schema.required;
  }
  if ('enum' in schema && !Array.isArray(schema.enum)) delete schema.enum;
  if ('examples' in schema && !Array.isArray(schema.examples)) delete schema.examples;
  if ('pattern' in schema && !(typeof schema.pattern === 'string' && validPattern(schema.pattern)))
    delete schema.pattern;
  sanitiseMaps(schema);
}

// Keys of patternProperties are regular expressions too; lists of property names must hold strings.
function sanitiseMaps(schema: Schema): void {
  const patterns = schema.patternProperties;
  if (isMap(patterns)) for (const key of Object.keys(patterns)) if (!validPattern(key)) delete patterns[key];
  for (const key of ['dependencies', 'dependentRequired']) {
    const map = schema[key];
    if (!isMap(map)) continue;
    for (const [name, value] of Object.entries(map)) {
      if (Array.isArray(value))
        map[name] = value.filter((entry): entry is string => typeof entry === 'string');
      else if (key === 'dependentRequired') delete map[name];
    }
  }
}

function isMap(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sanitiseType(schema: Schema): void {
  if (!('type' in schema)) return;
  const raw = Array.isArray(schema.type) ? schema.type : [schema.type];
  const valid = [
    ...new Set(
      raw.filter((type): type is string => typeof type === 'string').map((type) => type.toLowerCase()),
    ),
  ].filter((type) => jsonTypes.has(type));
  if (valid.length === 0) delete schema.type;
  else schema.type = Array.isArray(schema.type) ? valid : valid[0];
}

function number(schema: Schema, key: string, ok: (value: number) => boolean): void {
  if (!(key in schema)) return;
  const raw = schema[key];
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value === 'number' && Number.isFinite(value) && ok(value)) schema[key] = value;
  else delete schema[key];
}

function validPattern(pattern: string): boolean {
  let valid = patternCache.get(pattern);
  if (valid === undefined) {
    try {
      new RegExp(pattern, 'u');
      valid = true;
    } catch {
      valid = false;
    }
    if (patternCache.size < 10_000) patternCache.set(pattern, valid);
  }
  return valid;
}
