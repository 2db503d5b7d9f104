import { child, objectOf, resolveNode, type SchemaNode } from '../schema-nodes.js';
import { ANY_NAME, ITEMS, type PropertyPath } from './property-paths.js';

/** Most schema pointers one walk records; a body is bounded, but a spec's schemas may fan out widely. */
const MAX_POINTERS = 4_000;
/** Nested allOf/oneOf/anyOf levels expanded at one position. */
const MAX_BRANCH_DEPTH = 8;

type Slot = { schema: unknown; pointer: string };

/**
 * The schema nodes `path` passes through from `start`, as JSON pointers into `root` (each `$ref` both where it
 * is written and where it leads; every allOf/oneOf/anyOf branch, since a value may take any of them). A change
 * whose pointer is among these concerns a consumer who reads `path`, even when diffSpecs reported it under
 * another property path (a shared component is compared once per site, at the first path that reaches it).
 */
export function pointersAlong(
  root: unknown,
  start: Slot,
  path: PropertyPath,
  into: Set<string>,
  memo: WalkMemo = new Map(),
): void {
  let key = '';
  let frontier = memo.get(key);
  if (frontier === undefined) memo.set(key, (frontier = expand(root, start, into)));
  for (const segment of path) {
    // Length-prefixed, so no segment text can make two paths share a key.
    key += `${segment.length}:${segment}`;
    let next = memo.get(key);
    if (next === undefined) {
      const slots: Slot[] = [];
      for (const node of frontier) slots.push(...step(node, segment));
      memo.set(key, (next = slots.flatMap((slot) => expand(root, slot, into))));
    }
    frontier = next;
    if (frontier.length === 0 || into.size > MAX_POINTERS) return;
  }
}

/**
 * The frontiers walked from one start (`pointersAlong` with the same root, start and `into`), by path prefix: a
 * body's paths share most of their prefixes, and walking a prefix again would only add pointers `into` has.
 */
export type WalkMemo = Map<string, SchemaNode[]>;

/** The property paths a schema declares, for listing what consumers use and what nobody does. */
export function declaredPaths(root: unknown, start: Slot, maxDepth = 6, max = 1_000): PropertyPath[] {
  const out: PropertyPath[] = [];
  const walk = (slot: Slot, path: string[], stack: Set<string>) => {
    if (out.length >= max || path.length > maxDepth) return;
    for (const node of expand(root, slot, new Set())) {
      if (stack.has(node.pointer)) continue;
      const inner = new Set(stack).add(node.pointer);
      const schema = objectOf(node.schema);
      for (const name of Object.keys(objectOf(schema.properties)).sort()) {
        if (out.length >= max) return;
        out.push([...path, name]);
        walk(child(node, 'properties', name), [...path, name], inner);
      }
      if (schema.items !== undefined && typeof schema.items === 'object')
        walk(child(node, 'items'), [...path, ITEMS], inner);
    }
  };
  walk(start, [], new Set());
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
}

/** The resolved node at `slot` and, recursively, its composition branches; their pointers go into `into`. */
function expand(root: unknown, slot: Slot, into: Set<string>, depth = 0): SchemaNode[] {
  if (slot.schema === undefined) return [];
  into.add(slot.pointer);
  const node = resolveNode(root, slot.schema, slot.pointer);
  if (node === undefined) return [];
  into.add(node.pointer);
  const out = [node];
  if (depth >= MAX_BRANCH_DEPTH || typeof node.schema === 'boolean') return out;
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const branches = node.schema[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((_, i) => out.push(...expand(root, child(node, keyword, i), into, depth + 1)));
  }
  return out;
}

function step(node: SchemaNode, segment: string): Slot[] {
  const schema = objectOf(node.schema);
  if (segment === ITEMS) {
    const prefix = Array.isArray(schema.prefixItems)
      ? schema.prefixItems.map((_, i) => child(node, 'prefixItems', i))
      : [];
    return [...prefix, child(node, 'items')];
  }
  const properties = objectOf(schema.properties);
  const named =
    segment === ANY_NAME
      ? Object.keys(properties).map((name) => child(node, 'properties', name))
      : Object.prototype.hasOwnProperty.call(properties, segment)
        ? [child(node, 'properties', segment)]
        : [];
  // patternProperties are not matched here (user patterns run only through the linear-time module): all of
  // them count, which can only add concern, never hide it.
  const patterns = Object.keys(objectOf(schema.patternProperties)).map((key) =>
    child(node, 'patternProperties', key),
  );
  const additional =
    typeof schema.additionalProperties === 'object' ? [child(node, 'additionalProperties')] : [];
  return [...named, ...patterns, ...(named.length === 0 || segment === ANY_NAME ? additional : [])];
}
