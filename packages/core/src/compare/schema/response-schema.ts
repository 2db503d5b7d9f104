import type { ProviderSpec } from '../../specs/model.js';
import { getAtPointer, parsePointer, refToPointer } from './json-pointer.js';
import { toResponseNode } from './response-node.js';
import { isRecord } from './schema-keywords.js';

/**
 * The root response bodies are validated against, derived once per spec: every response body schema,
 * and every schema they reach through `$ref` (cycles included), rewritten by {@link toResponseNode} and
 * placed at its original pointer, so refs and pointers keep working. Parts of the spec no response reaches
 * are not copied.
 */
export function deriveResponseRoot(spec: ProviderSpec): Record<string, unknown> {
  const source = spec.schemaRoot;
  const derived: Record<string, unknown> = {};
  const resolve = (ref: string): unknown => {
    const pointer = refToPointer(ref);
    return pointer === undefined ? undefined : getAtPointer(source, parsePointer(pointer));
  };
  const pending: string[] = [];
  const done = new Set<string>();
  for (const operation of spec.operations) {
    for (const response of operation.responses) {
      for (const media of Object.values(response.content))
        if (media.schema) pending.push(media.schema.pointer);
    }
  }
  const refs = new Set<string>();
  const placed = new WeakSet<object>();
  while (pending.length > 0) {
    const pointer = pending.pop() as string;
    if (done.has(pointer)) continue;
    done.add(pointer);
    const segments = parsePointer(pointer);
    const schema = getAtPointer(source, segments);
    if (schema === undefined) continue;
    refs.clear();
    const node = toResponseNode(schema, refs, resolve);
    if (setAtPointer(derived, segments, node, placed) && isRecord(node)) placed.add(node);
    for (const ref of refs) {
      const target = refToPointer(ref);
      if (target !== undefined && !done.has(target)) pending.push(target);
    }
  }
  return derived;
}

/**
 * Places `value` at `segments`, creating containers on the way. Refuses (returns false) to create one inside a
 * derived schema: the target then sits under a keyword the derivation rewrote (`oneOf`), and a ref to it stays
 * unresolved rather than corrupting that schema.
 */
function setAtPointer(
  root: Record<string, unknown>,
  segments: readonly string[],
  value: unknown,
  placed: WeakSet<object>,
): boolean {
  if (segments.length === 0) {
    if (isRecord(value)) Object.assign(root, value);
    return true;
  }
  let node: Record<string, unknown> = root;
  for (const segment of segments.slice(0, -1)) {
    let next = node[segment];
    if (!isRecord(next) && !Array.isArray(next)) {
      if (placed.has(node) || segment === 'oneOf') return false;
      next = {};
      node[segment] = next;
    }
    node = next as Record<string, unknown>;
  }
  node[segments.at(-1) as string] = value;
  return true;
}
