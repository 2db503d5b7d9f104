import { pointerTokens } from './pointer.js';

/** A location as a list of property names and array indexes, e.g. `['paths', '/pets', 'get', 'parameters', 0]`. */
export type LocationPath = ReadonlyArray<string | number>;

/**
 * Formats a {@link LocationPath} the way PactFlow's comparator does.
 *
 * @example formatLocation(['paths', '/pets', 'get', 'parameters', 0]) // '[root].paths./pets.get.parameters[0]'
 */
export function formatLocation(path: LocationPath): string {
  let result = '[root]';
  for (const step of path) result += typeof step === 'number' ? `[${step}]` : `.${step}`;
  return result;
}

/**
 * The location of `step` inside `location` (already formatted): what {@link formatLocation} gives for the
 * longer path, built from the shorter one's string.
 *
 * @example childLocation('[root].paths./pets.get.parameters', 0) // '[root].paths./pets.get.parameters[0]'
 */
export function childLocation(location: string, step: string | number): string {
  return typeof step === 'number' ? `${location}[${step}]` : `${location}.${step}`;
}

// Keywords whose values are arrays in OpenAPI documents; used when no document is at hand.
const arrayKeys = new Set([
  'parameters',
  'allOf',
  'anyOf',
  'oneOf',
  'prefixItems',
  'security',
  'servers',
  'tags',
  'required',
  'enum',
  'items',
]);

/**
 * Turns a JSON pointer into a PactFlow-style location. Array indexes become `[n]`: decided from `document`
 * when given, otherwise by the key that holds the array.
 *
 * @example
 * pointerToLocation('/paths/~1pets~1{id}/get/parameters/0') // '[root].paths./pets/{id}.get.parameters[0]'
 * pointerToLocation('/paths/~1pets/get/responses/200')      // '[root].paths./pets.get.responses.200'
 */
export function pointerToLocation(pointer: string, document?: unknown): string {
  const path: Array<string | number> = [];
  let current: unknown = document;
  let previous: string | undefined;
  for (const token of pointerTokens(pointer)) {
    const isIndex = /^(0|[1-9]\d*)$/.test(token);
    const inArray =
      document === undefined ? previous !== undefined && arrayKeys.has(previous) : Array.isArray(current);
    path.push(isIndex && inArray ? Number(token) : token);
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<string, unknown>)[token]
        : undefined;
    previous = token;
  }
  return formatLocation(path);
}
