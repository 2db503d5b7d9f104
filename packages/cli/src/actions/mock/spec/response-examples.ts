import { childPointer, valueAt } from '@signet/core';
import type { MediaType, Operation, ProviderSpec, Response } from '@signet/core';
import { refPointer } from '../../verify/generate/schema-access.js';
import { specExamples } from '../../verify/generate/spec-examples.js';

/** An example a response can be answered with; `name` is what `Prefer: example=<name>` selects. */
export interface NamedExample {
  name: string;
  value: unknown;
}

/**
 * The examples of one response media type, in the spec's order: OpenAPI 3's named `examples` and `example`,
 * Swagger 2's `examples[<media type>]`, else one built from the schema's own examples (named `schema`).
 */
export function responseExamples(
  spec: ProviderSpec,
  operation: Operation,
  response: Response,
  mediaKey: string,
  media: MediaType,
): NamedExample[] {
  const root = spec.schemaRoot;
  const found: NamedExample[] = [];
  const responsePointer = childPointer(childPointer(operation.pointer, 'responses'), response.status);
  const holder = media.schema
    ? valueAt(root, media.schema.pointer.replace(/\/schema$/, ''))
    : walk(root, childPointer(childPointer(responsePointer, 'content'), mediaKey));
  if (isObject(holder)) {
    if (isObject(holder.examples) && spec.format !== 'swagger-2.0') {
      for (const [name, entry] of Object.entries(holder.examples)) {
        const example = follow(root, entry);
        if (isObject(example) && 'value' in example) found.push({ name, value: example.value });
      }
    }
    if ('example' in holder) found.push({ name: 'example', value: holder.example });
    // Swagger 2 keeps examples on the response, keyed by media type.
    if (spec.format === 'swagger-2.0' && isObject(holder.examples) && mediaKey in holder.examples)
      found.push({ name: mediaKey, value: holder.examples[mediaKey] });
  }
  if (found.length > 0 || !media.schema) return found;
  const composed = specExamples(root, media.schema);
  return composed.map((value) => ({ name: 'schema', value }));
}

/** Follows a pointer through the document, resolving `$ref` objects met on the way (e.g. `components/responses`). */
function walk(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    current = follow(root, current);
    if (!isObject(current)) return undefined;
    current = current[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return follow(root, current);
}

function follow(root: unknown, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 32; hops += 1)
    current = valueAt(root, refPointer(current.$ref));
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
