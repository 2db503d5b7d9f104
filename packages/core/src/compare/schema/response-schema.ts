import { messageSchemaPointers } from '../message/message-schema-pointers.js';
import type { ProviderSpec } from '../../specs/model.js';
import { getAtPointer, parsePointer, refToPointer } from './json-pointer.js';
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
export class ResponseRoot {
  /** The derived root, filled in as bodies are included. */
  readonly value: Record<string, unknown> = {};
  /** Pointers of response body schemas, in the spec's order (an eager root derives them last to first). */
  private readonly bodies: string[] = [];
  private readonly isBody: Set<string>;
  private readonly done = new Set<string>();
  private readonly placed = new WeakSet<object>();
  private everything = false;

  constructor(private readonly spec: ProviderSpec) {
    for (const operation of spec.operations) {
      for (const response of operation.responses) {
        for (const media of Object.values(response.content))
          if (media.schema) this.bodies.push(media.schema.pointer);
      }
    }
    this.bodies.push(...messageSchemaPointers(spec));
    this.isBody = new Set(this.bodies);
  }

  /**
   * Derives the schema at `pointer` and all it reaches. A pointer that is no response body's schema and lies
   * outside what is derived so far (no caller does that) derives every body, as an eager root would hold.
   */
  include(pointer: string): void {
    if (this.everything || this.done.has(pointer)) return;
    if (this.isBody.has(pointer)) this.derive([pointer]);
    else if (!this.covers(pointer)) this.includeAll();
  }

  includeAll(): void {
    if (this.everything) return;
    this.everything = true;
    this.derive([...this.bodies]);
  }

  /** Whether `pointer` lies inside a schema already derived. */
  private covers(pointer: string): boolean {
    for (let end = pointer.lastIndexOf('/'); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      if (this.done.has(pointer.slice(0, end))) return true;
    }
    return false;
  }

  private derive(pending: string[]): void {
    const source = this.spec.schemaRoot;
    const resolve = (ref: string): unknown => {
      const pointer = refToPointer(ref);
      return pointer === undefined ? undefined : getAtPointer(source, parsePointer(pointer));
    };
    const refs = new Set<string>();
    while (pending.length > 0) {
      const pointer = pending.pop() as string;
      if (this.done.has(pointer)) continue;
      this.done.add(pointer);
      const segments = parsePointer(pointer);
      const schema = getAtPointer(source, segments);
      if (schema === undefined) continue;
      refs.clear();
      const node = toResponseNode(schema, refs, resolve);
      if (setAtPointer(this.value, segments, node, this.placed) && isRecord(node)) this.placed.add(node);
      for (const ref of refs) {
        const target = refToPointer(ref);
        if (target !== undefined && !this.done.has(target)) pending.push(target);
      }
    }
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
