import { SpecError } from '../spec-error.js';
import { childPointer } from '../pointer.js';
import type { SchemaRef } from '../model.js';
import { schemaAt, type NormaliseContext } from './context.js';
import type { JsonObject } from './guards.js';

/** The `schema` of `owner` (at `ownerPointer`) as a {@link SchemaRef}, or `undefined` when there is none. */
export function schemaOf(
  context: NormaliseContext,
  owner: JsonObject,
  ownerPointer: string,
): SchemaRef | undefined {
  const schema = owner.schema;
  if (schema === undefined || schema === null) return undefined;
  const pointer = childPointer(ownerPointer, 'schema');
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || Array.isArray(schema))) {
    throw new SpecError('spec.invalid', 'schema must be an object', pointer);
  }
  return schemaAt(context, pointer, schema as JsonObject | boolean);
}
