import { messageSchemaPointers } from '../message/message-schema-pointers.js';
import type { ProviderSpec } from '../../specs/model.js';
import { getAtPointer, parsePointer, refToPointer } from './json-pointer.js';
import { collectRefs, isRecord, mapSubschemas } from './schema-keywords.js';

/**
 * The root request bodies are validated against: the spec's root, except that a property marked `readOnly`
 * is never required (OpenAPI: such `required` applies to responses only), so a consumer need not send the
 * `id` the provider assigns. Rewritten schemas are placed copy-on-write; the spec itself is not touched.
 */
export function deriveRequestRoot(spec: ProviderSpec): Record<string, unknown> {
  const source = spec.schemaRoot;
  const derived: Record<string, unknown> = { ...source };
  const copied = new WeakSet<object>([derived]);
  const resolve = (ref: string): unknown => {
    const pointer = refToPointer(ref);
    return pointer === undefined ? undefined : getAtPointer(source, parsePointer(pointer));
  };
  const pending: string[] = [];
  for (const operation of spec.operations) {
    for (const media of Object.values(operation.requestBody?.content ?? {})) {
      if (media.schema) pending.push(media.schema.pointer);
    }
  }
  pending.push(...messageSchemaPointers(spec));
  const done = new Set<string>();
  while (pending.length > 0) {
    const pointer = pending.pop() as string;
    if (done.has(pointer)) continue;
    done.add(pointer);
    const schema = getAtPointer(source, parsePointer(pointer));
    if (!isRecord(schema)) continue;
    const refs = new Set<string>();
    collectRefs(schema, refs);
    setCopyOnWrite(derived, parsePointer(pointer), withoutReadOnlyRequired(schema, resolve), copied);
    for (const ref of refs) {
      const target = refToPointer(ref);
      if (target !== undefined && !done.has(target)) pending.push(target);
    }
  }
  return derived;
}

function withoutReadOnlyRequired(schema: unknown, resolve: (ref: string) => unknown): unknown {
  if (!isRecord(schema)) return schema;
  const out = mapSubschemas(schema, (sub) => withoutReadOnlyRequired(sub, resolve));
  const properties = isRecord(schema.properties) ? schema.properties : {};
  if (Array.isArray(schema.required)) {
    out.required = schema.required.filter((name) => {
      let property = typeof name === 'string' ? properties[name] : undefined;
      if (isRecord(property) && typeof property.$ref === 'string') property = resolve(property.$ref);
      return !(isRecord(property) && property.readOnly === true);
    });
  }
  return out;
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
