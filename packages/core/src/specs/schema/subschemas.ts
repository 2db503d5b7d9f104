import { childPointer } from '../pointer.js';

type Schema = Record<string, unknown>;
export type VisitSubschema = (schema: unknown, pointer: string) => void;

const single = [
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
];
// List keywords, with the entry that leaves the keyword's meaning unchanged when a gap must be filled.
const lists: Array<[string, boolean]> = [
  ['allOf', true],
  ['anyOf', false],
  ['oneOf', false],
  ['prefixItems', true],
  ['items', true],
];
const maps = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];

const keywords = new Set([...single, ...lists.map(([key]) => key), ...maps]);

const isSchema = (value: unknown): boolean =>
  typeof value === 'boolean' || (value !== null && typeof value === 'object' && !Array.isArray(value));

/**
 * Calls `visit` for every direct subschema of `schema`. Malformed positions are repaired on the way so the
 * validator can compile the result, keeping pointers into them valid where possible: a list written as an
 * object with index keys (`allOf: { "3": … }`) becomes an array, a map written as an array becomes an
 * object, a non-schema list entry becomes `{}`, and other non-schema values are dropped.
 */
export function forEachSubschema(schema: Schema, pointer: string, visit: VisitSubschema): void {
  // Most schemas are leaves: one look at their few keys spares two dozen lookups of absent keywords.
  if (!hasAny(schema, keywords)) return;
  for (const key of single) {
    const value = schema[key];
    // An array `items` is the tuple form, handled with the lists.
    if (value === undefined || (key === 'items' && Array.isArray(value))) continue;
    if (isSchema(value)) visit(value, childPointer(pointer, key));
    else delete schema[key];
  }
  for (const [key, filler] of lists) {
    if (key === 'items' && !Array.isArray(schema.items)) continue;
    const value = asList(schema[key], filler);
    if (value === undefined) continue;
    if (value.length === 0) {
      delete schema[key];
      continue;
    }
    schema[key] = value;
    value.forEach((entry: unknown, index) => {
      if (!isSchema(entry)) value[index] = {};
      visit(value[index], childPointer(pointer, key, index));
    });
  }
  for (const key of maps) {
    const value = schema[key];
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object') {
      delete schema[key];
      continue;
    }
    const map: Schema = Array.isArray(value) ? { ...value } : (value as Schema);
    schema[key] = map;
    for (const name of Object.keys(map)) {
      const entry = map[name];
      // `dependencies` may also list property names; those are not schemas.
      if (key === 'dependencies' && Array.isArray(entry)) continue;
      if (isSchema(entry)) visit(entry, childPointer(pointer, key, name));
      else delete map[name];
    }
  }
}

function hasAny(schema: Schema, names: ReadonlySet<string>): boolean {
  for (const key of Object.keys(schema)) if (names.has(key)) return true;
  return false;
}

/** A list keyword's value as an array; an object with only index keys is spread out, gaps filled with `filler`. */
function asList(value: unknown, filler: boolean): unknown[] | undefined {
  if (value === undefined || Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (!keys.every((key) => /^(0|[1-9]\d{0,3})$/.test(key))) return [];
  const list: unknown[] = [];
  for (const key of keys) list[Number(key)] = (value as Schema)[key];
  return Array.from(list, (entry) => entry ?? filler);
}
