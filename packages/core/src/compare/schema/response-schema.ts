import type { ProviderSpec } from '../../specs/model.js';
import { LazySchemaRoot, type ResolveRef } from './lazy-schema-root.js';
import { toResponseNode } from './response-node.js';
import { isRecord } from './schema-keywords.js';

/**
 * The root response bodies are validated against: every response body schema, and every schema it reaches
 * through `$ref` (cycles included), rewritten by {@link toResponseNode} and placed at its original pointer,
 * so refs and pointers keep working. Parts of the spec no response reaches are not copied.
 *
 * Derived lazily, per response body schema: a contract touches a few of a big spec's responses, and deriving
 * all of GitHub's costs more than the rest of a comparison. Derive a body's schema ({@link include}) before
 * reading the root for it; pointers inside what is derived (branches, ref targets) then resolve.
 */
export class ResponseRoot extends LazySchemaRoot {
  /** The derived root, filled in as bodies are included. */
  readonly value: Record<string, unknown> = {};
  private readonly isBody: Set<string>;
  private readonly placed = new WeakSet<object>();

  constructor(spec: ProviderSpec) {
    super(
      spec,
      spec.operations.flatMap((operation) =>
        operation.responses.flatMap((response) =>
          Object.values(response.content).flatMap((media) => (media.schema ? [media.schema.pointer] : [])),
        ),
      ),
    );
    this.isBody = new Set(this.bodies);
  }

  /**
   * Derives the schema at `pointer` and all it reaches. A pointer that is no response body's schema and lies
   * outside what is derived so far (no caller does that) derives every body, as an eager root would hold.
   */
  include(pointer: string): void {
    if (this.everything || this.derived(pointer)) return;
    if (this.isBody.has(pointer)) this.derive([pointer]);
    else if (!this.covers(pointer)) this.includeAll();
  }

  protected place(segments: string[], schema: unknown, refs: Set<string>, resolve: ResolveRef): void {
    const node = toResponseNode(schema, refs, resolve);
    if (setAtPointer(this.value, segments, node, this.placed) && isRecord(node)) this.placed.add(node);
  }
}

/** The whole derived response root at once (see {@link ResponseRoot}). */
export function deriveResponseRoot(spec: ProviderSpec): Record<string, unknown> {
  const root = new ResponseRoot(spec);
  root.includeAll();
  return root.value;
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
