import { messageSchemaPointers } from '../message/message-schema-pointers.js';
import type { ProviderSpec } from '../../specs/model.js';
import { getAtPointer, parsePointer, refToPointer } from './json-pointer.js';

export type ResolveRef = (ref: string) => unknown;

/**
 * A root of derived schemas, filled in per body schema as a comparison reaches it: a contract touches a few of a
 * big spec's bodies, and deriving all of GitHub's costs more than the rest of a comparison. Subclasses say how one
 * schema is derived and placed ({@link place}); this walks the `$ref`s it reaches, cycles included, once each.
 */
export abstract class LazySchemaRoot {
  abstract readonly value: Record<string, unknown>;
  /** Pointers of the body schemas, in the spec's order (an eager root derives them last to first). */
  protected readonly bodies: string[];
  protected everything = false;
  private readonly done = new Set<string>();

  protected constructor(
    private readonly spec: ProviderSpec,
    bodies: string[],
  ) {
    this.bodies = [...bodies, ...messageSchemaPointers(spec)];
  }

  includeAll(): void {
    if (this.everything) return;
    this.everything = true;
    this.derive([...this.bodies]);
  }

  /** Whether `pointer` was derived already. */
  protected derived(pointer: string): boolean {
    return this.done.has(pointer);
  }

  /** Whether `pointer` lies inside a schema already derived. */
  protected covers(pointer: string): boolean {
    for (let end = pointer.lastIndexOf('/'); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      if (this.done.has(pointer.slice(0, end))) return true;
    }
    return false;
  }

  /** Derives the schema at `segments` into {@link value}, adding the refs it holds to `refs`. */
  protected abstract place(segments: string[], schema: unknown, refs: Set<string>, resolve: ResolveRef): void;

  protected derive(pending: string[]): void {
    const source = this.spec.schemaRoot;
    const resolve: ResolveRef = (ref) => {
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
      this.place(segments, schema, refs, resolve);
      for (const ref of refs) {
        const target = refToPointer(ref);
        if (target !== undefined && !this.done.has(target)) pending.push(target);
      }
    }
  }
}
