type Schema = Record<string, unknown>;

/**
 * Draft-04 style boolean exclusive bounds (Swagger 2, OpenAPI 3.0) → the numeric draft-06+ form.
 *
 * @example
 * const s = { minimum: 1, exclusiveMinimum: true };
 * translateBounds(s); // s is now { exclusiveMinimum: 1 }
 */
export function translateBounds(schema: Schema): void {
  convert(schema, 'minimum', 'exclusiveMinimum');
  convert(schema, 'maximum', 'exclusiveMaximum');
}

function convert(schema: Schema, inclusive: string, exclusive: string): void {
  const flag = schema[exclusive];
  if (typeof flag !== 'boolean') return;
  delete schema[exclusive];
  if (flag && typeof schema[inclusive] === 'number') {
    schema[exclusive] = schema[inclusive];
    delete schema[inclusive];
  }
}
