import { getAtPointer, parsePointer, refToPointer } from './json-pointer.js';
import { isRecord } from './schema-keywords.js';

export interface AppliedSchema {
  pointer: string;
  node: Record<string, unknown>;
}

/** Whether `value` is valid against the schema at `pointer` (response validation rules). */
export type Validates = (pointer: string, value: unknown) => boolean;

const nodes = new WeakMap<object, Map<string, unknown>>();

/** The schema at a pointer, remembered per root: bodies revisit the same few schemas many times. */
export function nodeAt(root: unknown, pointer: string): unknown {
  if (root === null || typeof root !== 'object') return undefined;
  let cache = nodes.get(root);
  if (!cache) nodes.set(root, (cache = new Map<string, unknown>()));
  // One lookup for the common hit: pointers are long strings built afresh, each hashed on its first lookup.
  const cached = cache.get(pointer);
  if (cached !== undefined || cache.has(pointer)) return cached;
  const node = getAtPointer(root, parsePointer(pointer));
  cache.set(pointer, node);
  return node;
}

/**
 * Every schema that applies in place to `value`, starting from `pointers`: through `$ref`, all of `allOf`,
 * the `anyOf`/`oneOf` branches `value` actually matches, and `then` or `else` as `if` decides.
 */
export function appliedSchemas(
  root: unknown,
  pointers: readonly string[],
  value: unknown,
  validates: Validates,
): AppliedSchema[] {
  const out: AppliedSchema[] = [];
  const seen = new Set<string>();
  const pending = [...pointers];
  while (pending.length > 0) {
    const pointer = pending.shift() as string;
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    const node = nodeAt(root, pointer);
    if (!isRecord(node)) continue;
    out.push({ pointer, node });
    if (typeof node.$ref === 'string') {
      const target = refToPointer(node.$ref);
      if (target !== undefined) pending.push(target);
    }
    if (Array.isArray(node.allOf)) node.allOf.forEach((_, i) => pending.push(`${pointer}/allOf/${i}`));
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches)) continue;
      // Branches whose `type` rules the value out need no validator (`anyOf: [{type: null}, {$ref: …}]`).
      const candidates = (branches as unknown[])
        .map((branch, i) => ({ branch, at: `${pointer}/${keyword}/${i}` }))
        .filter(({ branch }) => admitsType(root, branch, value));
      if (candidates.length === 1) pending.push((candidates[0] as { at: string }).at);
      else for (const { at } of candidates) if (validates(at, value)) pending.push(at);
    }
    if (node.if !== undefined) {
      const branch = validates(`${pointer}/if`, value) ? 'then' : 'else';
      if (node[branch] !== undefined) pending.push(`${pointer}/${branch}`);
    }
  }
  return out;
}

/** False only when the branch (through `$ref`s) declares a `type` the value does not have. */
function admitsType(root: unknown, branch: unknown, value: unknown): boolean {
  const schema = followRefs(root, branch);
  if (!isRecord(schema) || schema.type === undefined) return true;
  const types: unknown[] = Array.isArray(schema.type) ? (schema.type as unknown[]) : [schema.type];
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return types.some((t) => t === actual || (actual === 'number' && t === 'integer'));
}

/** The schema a (chain of) `$ref` leads to; `schema` itself when it is no ref. */
export function followRefs(root: unknown, schema: unknown): unknown {
  let node = schema;
  for (let hops = 0; isRecord(node) && typeof node.$ref === 'string' && hops < 8; hops += 1) {
    const target = refToPointer(node.$ref);
    node = target === undefined ? undefined : nodeAt(root, target);
  }
  return node;
}
