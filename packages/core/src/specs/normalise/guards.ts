import { SpecError } from '../spec-error.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `value` as an object, `{}` when absent; anything else is a structural error at `pointer`. */
export function optionalObject(value: unknown, pointer: string, what: string): JsonObject {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new SpecError('spec.invalid', `${what} must be an object`, pointer);
  return value;
}

/** `value` as an array, `[]` when absent; anything else is a structural error at `pointer`. */
export function optionalArray(value: unknown, pointer: string, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new SpecError('spec.invalid', `${what} must be an array`, pointer);
  return value;
}

export function requireObject(value: unknown, pointer: string, what: string): JsonObject {
  if (!isObject(value)) throw new SpecError('spec.invalid', `${what} must be an object`, pointer);
  return value;
}

export function requireString(value: unknown, pointer: string, what: string): string {
  if (typeof value !== 'string') throw new SpecError('spec.invalid', `${what} must be a string`, pointer);
  return value;
}

/** Own keys that are not `x-` extensions. */
export function specKeys(object: JsonObject): string[] {
  return Object.keys(object).filter((key) => !key.startsWith('x-'));
}
