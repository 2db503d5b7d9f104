import type { ErrorObject } from 'ajv';
import { parsePointer } from './json-pointer.js';

/** One validation problem, reduced from Ajv's errors. */
export interface SchemaError {
  /** Path of the offending value inside the validated value. */
  path: string[];
  message: string;
  keyword: string;
  /** Ajv's schema path, dotted (`properties.age.type`), relative to the schema that failed. */
  schemaPath: string;
}

/**
 * Ajv's errors as findings-to-be. Errors from inside a failed `anyOf`/`oneOf` are folded into the one error
 * of the alternative itself (which branch the author meant is unknowable), and `if`'s "must match then"
 * is dropped since the error inside `then` already says what is wrong.
 */
export function reduceErrors(errors: readonly ErrorObject[] | null | undefined): SchemaError[] {
  if (!errors) return [];
  const keep = errors.map((e) => e.keyword !== 'if');
  for (let j = errors.length - 1; j >= 0; j -= 1) {
    const composite = errors[j] as ErrorObject;
    if (!keep[j] || (composite.keyword !== 'anyOf' && composite.keyword !== 'oneOf')) continue;
    for (
      let i = j - 1;
      i >= 0 && within((errors[i] as ErrorObject).instancePath, composite.instancePath);
      i -= 1
    ) {
      keep[i] = false;
    }
  }
  return errors.filter((_, i) => keep[i]).map(toSchemaError);
}

function toSchemaError(error: ErrorObject): SchemaError {
  const params = error.params as Record<string, unknown>;
  const extra = error.keyword === 'additionalProperties' ? ` - ${String(params.additionalProperty)}` : '';
  return {
    path: parsePointer(error.instancePath),
    message: `${error.message ?? 'is invalid'}${extra}`,
    keyword: error.keyword,
    schemaPath: error.schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean).join('.'),
  };
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

/** The spec location of a failing keyword: `[root].paths./pets.get…schema` + `.properties.age.type`. */
export function specLocationOf(schemaLocation: string, error: SchemaError): string {
  return error.schemaPath ? `${schemaLocation}.${error.schemaPath}` : schemaLocation;
}
