import { escapeToken } from '../pointer.js';
import { listEntries, subschemaSlots, type SlotKind } from './subschema-slots.js';

type Schema = Record<string, unknown>;
export type VisitSubschema = (schema: unknown, pointer: string) => void;

const isSchema = (value: unknown): boolean =>
  typeof value === 'boolean' || (value !== null && typeof value === 'object' && !Array.isArray(value));

/**
 * Calls `visit` for every direct subschema of `schema`. Malformed positions are repaired on the way so the
 * validator can compile the result, keeping pointers into them valid where possible: a list written as an
 * object with index keys (`allOf: { "3": … }`) becomes an array, a map written as an array becomes an
 * object, a non-schema list entry becomes `{}`, and other non-schema values are dropped.
 */
export function forEachSubschema(
  schema: Schema,
  pointer: string,
  visit: VisitSubschema,
  keys: readonly string[] = Object.keys(schema),
): void {
  // One look at the schema's few keys finds its subschema keywords (most schemas are leaves: none); they are
  // then handled in the fixed keyword order, which decides the order of visits. `keys` may list keys since
  // removed, but must include every subschema keyword the schema has.
  let present = 0;
  for (let i = 0; i < keys.length; i++) present |= subschemaSlots.bits.get(keys[i]!) ?? 0;
  for (let slot = 0; present !== 0; slot++, present >>>= 1) {
    if ((present & 1) === 0) continue;
    const { key, kind, filler } = subschemaSlots.list[slot]!;
    const at = pointer + '/' + key;
    visitSlot(kind, schema, key, at, filler, visit);
  }
}

function visitSlot(
  kind: SlotKind,
  schema: Schema,
  key: string,
  at: string,
  filler: boolean,
  visit: VisitSubschema,
): void {
  const value = schema[key];
  if (kind === 'single') {
    // An array `items` is the tuple form, handled with the lists.
    if (value === undefined || (key === 'items' && Array.isArray(value))) return;
    if (isSchema(value)) visit(value, at);
    else delete schema[key];
  } else if (kind === 'list') {
    if (key === 'items' && !Array.isArray(value)) return;
    const list = listEntries(value, filler);
    if (list === undefined) return;
    if (list.length === 0) {
      delete schema[key];
      return;
    }
    schema[key] = list;
    for (let index = 0; index < list.length; index++) {
      if (!isSchema(list[index])) list[index] = {};
      visit(list[index], at + '/' + index);
    }
  } else visitMap(schema, key, value, at, visit);
}

function visitMap(schema: Schema, key: string, value: unknown, at: string, visit: VisitSubschema): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object') {
    delete schema[key];
    return;
  }
  const map: Schema = Array.isArray(value) ? { ...value } : (value as Schema);
  schema[key] = map;
  // Index loops here and in other per-node code: until the JIT optimises them, `for…of` allocates per step.
  const names = Object.keys(map);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const entry = map[name];
    // `dependencies` may also list property names; those are not schemas.
    if (key === 'dependencies' && Array.isArray(entry)) continue;
    if (isSchema(entry)) visit(entry, at + '/' + escapeToken(name));
    else delete map[name];
  }
}
