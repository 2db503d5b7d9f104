import { unescapeToken, valueAt } from '../specs/pointer.js';

/** A schema and the JSON pointer it sits at in its spec's `schemaRoot` (after following `$ref`s). */
export interface SchemaNode {
  schema: Record<string, unknown> | boolean;
  pointer: string;
}

/** Most `$ref` hops followed from one schema (refs to refs); cycles stop earlier via the visited set. */
const MAX_REF_HOPS = 32;

/**
 * Follows local `$ref`s (`#/…`, percent-encoded) within `root`. A ref that points nowhere, or a chain too long,
 * answers `undefined`: the caller reports that it could not compare rather than assuming equality.
 */
export function resolveNode(root: unknown, schema: unknown, pointer: string): SchemaNode | undefined {
  let current = schema;
  let at = pointer;
  for (let hop = 0; hop <= MAX_REF_HOPS; hop++) {
    if (typeof current === 'boolean') return { schema: current, pointer: at };
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    const ref = (current as Record<string, unknown>).$ref;
    if (typeof ref !== 'string') return { schema: current as Record<string, unknown>, pointer: at };
    const target = refPointer(ref);
    if (target === undefined) return undefined;
    at = target;
    current = valueAt(root, target);
  }
  return undefined;
}

/** `#/components/schemas/A%20B` → `/components/schemas/A B` (escaped tokens kept escaped). */
export function refPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    const pointer = decodeURIComponent(ref.slice(1));
    return pointer === '' || pointer.startsWith('/') ? pointer : undefined;
  } catch {
    return undefined;
  }
}

/** The child schema at `key` (one token, unescaped), or undefined. */
export function child(
  node: SchemaNode,
  ...tokens: Array<string | number>
): { schema: unknown; pointer: string } {
  let schema: unknown = node.schema;
  let pointer = node.pointer;
  for (const token of tokens) {
    const text = String(token);
    schema =
      schema !== null && typeof schema === 'object' && Object.prototype.hasOwnProperty.call(schema, text)
        ? (schema as Record<string, unknown>)[text]
        : undefined;
    pointer += '/' + text.replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return { schema, pointer };
}

/** The last token of a pointer, unescaped. */
export function lastToken(pointer: string): string {
  return unescapeToken(pointer.slice(pointer.lastIndexOf('/') + 1));
}

export function objectOf(schema: unknown): Record<string, unknown> {
  return schema !== null && typeof schema === 'object' && !Array.isArray(schema)
    ? (schema as Record<string, unknown>)
    : {};
}
