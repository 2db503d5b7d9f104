import { messageSchemaPointers } from '../message/message-schema-pointers.js';
import type { ProviderSpec } from '../../specs/model.js';
import { getAtPointer, parsePointer, refToPointer } from './json-pointer.js';
import {
  ARRAY_SCHEMA_KEYWORDS,
  collectRefs,
  isRecord,
  MAP_SCHEMA_KEYWORDS,
  mapSubschemas,
  SINGLE_SCHEMA_KEYWORDS,
} from './schema-keywords.js';

/**
 * The root request bodies are validated against: the spec's root, except that a property marked `readOnly`
 * is never required (OpenAPI: such `required` applies to responses only), so a consumer need not send the
 * `id` the provider assigns. Rewritten schemas are placed copy-on-write; the spec itself is not touched.
 *
 * Derived lazily, per schema validated, as {@link ResponseRoot} is: a contract sends a few of a big spec's
 * request bodies, and deriving all of GitHub's took a tenth of a comparison. Include a schema
 * ({@link include}) before reading the root for it; pointers inside what is derived then resolve.
 */
export class RequestRoot {
  /** The derived root: the spec's sections, replaced by copies as bodies are included. */
  readonly value: Record<string, unknown>;
  /** Pointers of request body schemas, in the spec's order (an eager root derives them last to first). */
  private readonly bodies: string[] = [];
  private readonly done = new Set<string>();
  private readonly copied: WeakSet<object>;
  private everything = false;

  constructor(private readonly spec: ProviderSpec) {
    this.value = { ...spec.schemaRoot };
    this.copied = new WeakSet<object>([this.value]);
    for (const operation of spec.operations) {
      for (const media of Object.values(operation.requestBody?.content ?? {})) {
        if (media.schema) this.bodies.push(media.schema.pointer);
      }
    }
    this.bodies.push(...messageSchemaPointers(spec));
  }

  /**
   * Derives the schema at `pointer` and all it reaches, unless it lies inside what is derived already. Any
   * request-side schema may be included (a parameter's too): none of them needs a `readOnly` property.
   */
  include(pointer: string): void {
    if (this.everything || this.done.has(pointer) || this.covers(pointer)) return;
    this.derive([pointer]);
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
      const schema = getAtPointer(source, parsePointer(pointer));
      if (!isRecord(schema)) continue;
      refs.clear();
      collectRefs(schema, refs);
      // Most schemas require no readOnly property: they stay the spec's own, with nothing copied on the way.
      if (dropsRequired(schema, resolve))
        setCopyOnWrite(
          this.value,
          parsePointer(pointer),
          withoutReadOnlyRequired(schema, resolve),
          this.copied,
        );
      for (const ref of refs) {
        const target = refToPointer(ref);
        if (target !== undefined && !this.done.has(target)) pending.push(target);
      }
    }
  }
}

/** The whole derived request root at once (see {@link RequestRoot}). */
export function deriveRequestRoot(spec: ProviderSpec): Record<string, unknown> {
  const root = new RequestRoot(spec);
  root.includeAll();
  return root.value;
}

function withoutReadOnlyRequired(schema: unknown, resolve: (ref: string) => unknown): unknown {
  if (!isRecord(schema)) return schema;
  const out = mapSubschemas(schema, (sub) => withoutReadOnlyRequired(sub, resolve));
  if (Array.isArray(schema.required))
    out.required = schema.required.filter((name) => !requiresReadOnly(schema, name, resolve));
  return out;
}

/** Whether `name`, listed in `required`, names a property of `schema` marked `readOnly` (through one `$ref`). */
function requiresReadOnly(schema: Record<string, unknown>, name: unknown, resolve: (ref: string) => unknown) {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  let property = typeof name === 'string' ? properties[name] : undefined;
  if (isRecord(property) && typeof property.$ref === 'string') property = resolve(property.$ref);
  return isRecord(property) && property.readOnly === true;
}

/** Whether {@link withoutReadOnlyRequired} would drop anything from the subtree (the same positions, no refs). */
function dropsRequired(schema: unknown, resolve: (ref: string) => unknown): boolean {
  if (!isRecord(schema)) return false;
  if (
    Array.isArray(schema.required) &&
    schema.required.some((name) => requiresReadOnly(schema, name, resolve))
  )
    return true;
  for (const key of SINGLE_SCHEMA_KEYWORDS) if (dropsRequired(schema[key], resolve)) return true;
  for (const key of ARRAY_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (Array.isArray(value) && value.some((item) => dropsRequired(item, resolve))) return true;
  }
  for (const key of MAP_SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (isRecord(value) && Object.values(value).some((v) => !Array.isArray(v) && dropsRequired(v, resolve)))
      return true;
  }
  return false;
}

function setCopyOnWrite(
  root: Record<string, unknown>,
  segments: string[],
  value: unknown,
  copied: WeakSet<object>,
): void {
  if (segments.length === 0) return;
  let node: Record<string, unknown> = root;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (!isRecord(next) && !Array.isArray(next)) return;
    if (!copied.has(next)) {
      const copy = Array.isArray(next) ? [...(next as unknown[])] : { ...next };
      copied.add(copy);
      node[segment] = copy;
      node = copy as Record<string, unknown>;
    } else node = next as Record<string, unknown>;
  }
  node[segments.at(-1) as string] = value;
}
