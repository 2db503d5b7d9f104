import fc from 'fast-check';
import type { SchemaRef } from '@signet/core';
import { generationContext } from '../../verify/generate/generation-context.js';
import { schemaArbitrary } from '../../verify/generate/schema-arbitrary.js';

/**
 * One value valid against `schema` (best effort where the generator is: patterns, `not`), drawn with `seed`:
 * the same seed gives the same value, which is what makes `--seed` answers repeatable.
 *
 * @example generateValue(root, media.schema, 42, { safeStrings: false })
 * @throws {UnsatisfiableSchema} when no value can be built for the schema.
 */
export function generateValue(
  root: unknown,
  schema: SchemaRef,
  seed: number,
  options: { safeStrings: boolean },
): unknown {
  const arbitrary = schemaArbitrary(
    schema.schema,
    generationContext(root, { forRequest: false, safeStrings: options.safeStrings }),
  );
  return fc.sample(arbitrary, { seed, numRuns: 1 })[0];
}

/** A 32-bit seed per operation and status, so different operations differ while each stays repeatable. */
export function seedFor(base: number, key: string): number {
  let hash = base | 0;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}
