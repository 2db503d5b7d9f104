/** Where JSON Schema keeps subschemas, so walkers never mistake data (`enum`, `default`) or property names for keywords. */

/** Keywords whose value is one schema. */
export const SINGLE_SCHEMA_KEYWORDS = [
  'additionalProperties',
  'additionalItems',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'items',
  'then',
  'else',
  'not',
  'if',
] as const;

/** Keywords whose value is an array of schemas (`items` may be either form in draft-07). */
export const ARRAY_SCHEMA_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'] as const;

/** Keywords whose value maps names to schemas. */
export const MAP_SCHEMA_KEYWORDS = [
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'dependencies',
] as const;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every `$ref` string reachable in a schema subtree (data keywords skipped). */
export function collectRefs(schema: unknown, into: Set<string>): void {
  if (!isRecord(schema)) return;
  if (typeof schema.$ref === 'string') into.add(schema.$ref);
  for (const key of SINGLE_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (isRecord(value)) collectRefs(value, into);
  }
  for (const key of ARRAY_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  }
  for (const key of MAP_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (isRecord(value)) for (const item of Object.values(value)) collectRefs(item, into);
  }
}

/** A copy of a schema with every subschema position passed through `fn` (data keywords kept as they are). */
export function mapSubschemas(
  schema: Record<string, unknown>,
  fn: (sub: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...schema };
  for (const key of SINGLE_SCHEMA_KEYWORDS) if (isRecord(schema[key])) out[key] = fn(schema[key]);
  for (const key of ARRAY_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (Array.isArray(value)) out[key] = value.map(fn);
  }
  for (const key of MAP_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (isRecord(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v : fn(v)]));
    }
  }
  return out;
}
