import fc from 'fast-check';
import type { SchemaRef } from '@signet/core';
import { generationContext } from '../../verify/generate/generation-context.js';
import { UnsatisfiableSchema } from '../../verify/generate/schema-access.js';
import { schemaArbitrary } from '../../verify/generate/schema-arbitrary.js';
import type { SchemaValidators } from '../../verify/schema-validators.js';

/** Draws tried before giving up on a schema the generator only approximates (patterns, `not`, contradictions). */
const ATTEMPTS = 5;

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

/**
 * {@link generateValue}, checked with the validator the requests are checked with: the mock never answers with a
 * value its own spec refuses. The next seeds are tried when a draw is invalid.
 *
 * @throws {UnsatisfiableSchema} naming the last violation when no draw is valid.
 */
export function generateValid(
  validators: SchemaValidators,
  root: unknown,
  schema: SchemaRef,
  seed: number,
  options: { safeStrings: boolean; coerce: boolean },
): unknown {
  let problem = 'no draw';
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const value = generateValue(root, schema, (seed + attempt) | 0, options);
    const validation = validators.validate(
      schema.pointer,
      options.coerce ? String(value) : value,
      options.coerce,
    );
    if (validation.valid === true) return value;
    problem =
      validation.valid === false
        ? `${validation.violations[0]?.instancePath ?? ''} ${validation.violations[0]?.message ?? ''}`.trim()
        : validation.reason;
  }
  throw new UnsatisfiableSchema(`no valid value in ${ATTEMPTS} draws (${problem})`);
}

/** A 32-bit seed per operation and status, so different operations differ while each stays repeatable. */
export function seedFor(base: number, key: string): number {
  let hash = base | 0;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}
