import { maxPageSize } from '../store/index.js';

/** Small builders that keep the API description's JSON Schemas short. */

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const string = { type: 'string' };
export const nullableString = { type: ['string', 'null'] };
export const boolean = { type: 'boolean' };
export const integer = { type: 'integer' };
export const dateTime = { type: 'string', format: 'date-time' };
export const nullableDateTime = { type: ['string', 'null'], format: 'date-time' };
export const sha = { type: 'string', pattern: '^[0-9a-f]{64}$' };
export const strings = { type: 'array', items: string };

/** One of these strings; generated client types get the union. */
export const oneOf = (...values: readonly string[]) => ({ type: 'string', enum: [...values] });

/** Exactly this string: the tag of a union's variant. */
export const literal = (value: string) => ({ type: 'string', const: value });

/** `schema` with a description (what generated client types show as TSDoc). */
export const described = (schema: object, description: string) => ({ ...schema, description });

/** An object whose properties are all required but those named `optional`. */
export function object(properties: Record<string, unknown>, optional: readonly string[] = []) {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
  };
}

/** A page of `name` items. */
export function pageOf(name: string) {
  return object({
    items: { type: 'array', maxItems: maxPageSize, items: ref(name) },
    nextCursor: described(nullableString, 'Pass as `cursor` for the next page; null on the last page.'),
  });
}
