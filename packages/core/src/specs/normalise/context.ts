import type { JsonSchema, SchemaRef, SpecFormat } from '../model.js';
import type { RefResolver } from '../refs/ref-resolver.js';
import { childPointer } from '../pointer.js';
import type { JsonObject } from './guards.js';

/** What the normalisers share: the bundled root they read (and write inline schemas into) and a ref resolver. */
export interface NormaliseContext {
  format: SpecFormat;
  root: JsonObject;
  refs: RefResolver;
  /** Every schema position an operation uses; schema translation starts from these. */
  schemaRefs: SchemaRef[];
  /** Pointer of the operation being normalised, for locating unexpected failures. */
  current: string;
  /**
   * Schemas the normaliser wrote into the root, by the object that owns them (a Swagger parameter, header
   * or operation). An owner shared through `$ref` gets its schema written once, so every SchemaRef to it
   * sees the object that is in the root.
   */
  written: WeakMap<object, SchemaRef>;
}

/** The schema `make` builds for `owner`, written into the root once as `owner[key]`. */
export function writtenSchema(
  context: NormaliseContext,
  owner: JsonObject,
  ownerPointer: string,
  key: string,
  make: () => JsonObject,
): SchemaRef {
  const existing = context.written.get(owner);
  if (existing) return existing;
  const schema = make();
  owner[key] = schema;
  const ref = schemaAt(context, childPointer(ownerPointer, key), schema);
  context.written.set(owner, ref);
  return ref;
}

/** Records a schema position and returns its {@link SchemaRef}. The object is translated in place later. */
export function schemaAt(context: NormaliseContext, pointer: string, schema: JsonSchema): SchemaRef {
  const ref: SchemaRef = { pointer, schema };
  context.schemaRefs.push(ref);
  return ref;
}
