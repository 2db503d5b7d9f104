import type { ProviderSpec } from '../../specs/model.js';
import { LazySchemaRoot, type ResolveRef } from './lazy-schema-root.js';
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
export class RequestRoot extends LazySchemaRoot {
  /** The derived root: the spec's sections, replaced by copies as bodies are included. */
  readonly value: Record<string, unknown>;
  private readonly copied: WeakSet<object>;

  constructor(spec: ProviderSpec) {
    super(
      spec,
      spec.operations.flatMap((operation) =>
        Object.values(operation.requestBody?.content ?? {}).flatMap((media) =>
          media.schema ? [media.schema.pointer] : [],
        ),
      ),
    );
    this.value = { ...spec.schemaRoot };
    this.copied = new WeakSet<object>([this.value]);
  }

  /**
   * Derives the schema at `pointer` and all it reaches, unless it lies inside what is derived already. Any
   * request-side schema may be included (a parameter's too): none of them needs a `readOnly` property.
   */
  include(pointer: string): void {
    if (this.everything || this.derived(pointer) || this.covers(pointer)) return;
    this.derive([pointer]);
  }

  protected place(segments: string[], schema: unknown, refs: Set<string>, resolve: ResolveRef): void {
    if (!isRecord(schema)) return;
    collectRefs(schema, refs);
    // Most schemas require no readOnly property: they stay the spec's own, with nothing copied on the way.
    if (dropsRequired(schema, resolve))
      setCopyOnWrite(this.value, segments, withoutReadOnlyRequired(schema, resolve), this.copied);
  }
}

/** The whole derived request root at once (see {@link RequestRoot}). */
export function deriveRequestRoot(spec: ProviderSpec): Record<string, unknown> {
  const root = new RequestRoot(spec);
  root.includeAll();
  return root.value;
}

function withoutReadOnlyRequired(schema: unknown, resolve: ResolveRef): unknown {
  if (!isRecord(schema)) return schema;
  const out = mapSubschemas(schema, (sub) => withoutReadOnlyRequired(sub, resolve));
  if (Array.isArray(schema.required))
    out.required = schema.required.filter((name) => !requiresReadOnly(schema, name, resolve));
  return out;
}

/** Whether `name`, listed in `required`, names a property of `schema` marked `readOnly` (through one `$ref`). */
function requiresReadOnly(schema: Record<string, unknown>, name: unknown, resolve: ResolveRef) {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  let property = typeof name === 'string' ? properties[name] : undefined;
  if (isRecord(property) && typeof property.$ref === 'string') property = resolve(property.$ref);
  return isRecord(property) && property.readOnly === true;
}

/** Whether {@link withoutReadOnlyRequired} would drop anything from the subtree (the same positions, no refs). */
function dropsRequired(schema: unknown, resolve: ResolveRef): boolean {
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
