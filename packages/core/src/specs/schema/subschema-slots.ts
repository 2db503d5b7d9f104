/** The JSON Schema keywords that hold subschemas, in the order {@link forEachSubschema} handles them. */

export type SlotKind = 'single' | 'list' | 'map';

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

const list: Array<{ key: string; kind: SlotKind; filler: boolean }> = [
  ...single.map((key) => ({ key, kind: 'single' as const, filler: false })),
  ...lists.map(([key, filler]) => ({ key, kind: 'list' as const, filler })),
  ...maps.map((key) => ({ key, kind: 'map' as const, filler: false })),
];

// Each keyword's slots as bits (`items` has two: a single schema or a tuple), so a schema's keys give one mask.
const bits = new Map<string, number>();
list.forEach(({ key }, slot) => bits.set(key, (bits.get(key) ?? 0) | (1 << slot)));

export const subschemaSlots = { list, bits };

/** A list keyword's value as an array; an object with only index keys is spread out, gaps filled with `filler`. */
export function listEntries(value: unknown, filler: boolean): unknown[] | undefined {
  if (value === undefined || Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (!keys.every((key) => /^(0|[1-9]\d{0,3})$/.test(key))) return [];
  const entries: unknown[] = [];
  for (const key of keys) entries[Number(key)] = (value as Record<string, unknown>)[key];
  return Array.from(entries, (entry) => entry ?? filler);
}
