type Schema = Record<string, unknown>;

// Keywords that a plain `type: [..., 'null']` cannot widen: null must be offered as an alternative instead.
const restricting = ['$ref', 'allOf', 'anyOf', 'oneOf', 'const'];
// Annotations kept on the outer schema when it is wrapped, for readers of the translated root.
const annotations = [
  'title',
  'description',
  'discriminator',
  'readOnly',
  'writeOnly',
  'deprecated',
  'example',
];

/**
 * OpenAPI 3.0 `nullable: true` and Swagger's `x-nullable: true` → JSON Schema that accepts `null`.
 * Both keywords are removed either way (Ajv rejects `nullable` without `type`). The object is changed
 * in place so pointers to it stay valid; when it has to be wrapped (`{ anyOf: [original, { type: 'null' }] }`)
 * the result is `'wrapped'`, and pointers into it gain an `/anyOf/0` step.
 *
 * @example
 * const s = { type: 'string', enum: ['a'], nullable: true };
 * translateNullable(s); // s is now { type: ['string', 'null'], enum: ['a', null] }
 */
export function translateNullable(schema: Schema): 'wrapped' | undefined {
  // Most schemas have neither keyword: spare them the deletes.
  if (!('nullable' in schema) && !('x-nullable' in schema)) return undefined;
  const nullable = schema.nullable === true || schema['x-nullable'] === true;
  delete schema.nullable;
  delete schema['x-nullable'];
  if (!nullable) return undefined;
  if (restricting.some((key) => key in schema)) {
    wrap(schema);
    return 'wrapped';
  }
  const { type, enum: values } = schema;
  if (typeof type === 'string') schema.type = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) schema.type = [...(type as unknown[]), 'null'];
  // A new array: the old one may be shared with a schema that is not nullable.
  if (Array.isArray(values) && !values.includes(null)) schema.enum = [...(values as unknown[]), null];
  return undefined;
}

function wrap(schema: Schema): void {
  const inner: Schema = {};
  for (const key of Object.keys(schema)) {
    inner[key] = schema[key];
    if (!annotations.includes(key)) delete schema[key];
  }
  schema.anyOf = [inner, { type: 'null' }];
}
