import type { ProviderSpec } from './model.js';
import { buildSpec } from './build-spec.js';
import { readInput, type SpecInput } from './input/read-input.js';
import { resolveLimits, type LoadSpecOptions } from './load-options.js';
import type { NormaliseContext } from './normalise/context.js';
import { SpecError } from './spec-error.js';

/**
 * Loads a Swagger 2.0, OpenAPI 3.0 or 3.1, or AsyncAPI 2.x or 3.x document (JSON or YAML) into the normalised
 * {@link ProviderSpec} (an AsyncAPI document's operations and messages are in `messaging`).
 * Rejects only with {@link SpecError}: a broken or hostile document never surfaces as another error.
 *
 * `input` is document text, `{ path }` of a file (relative file `$ref`s resolve from its directory), or an
 * already-parsed document (file `$ref`s then resolve from `options.baseDir`, or are refused). Remote
 * `$ref`s are always refused.
 *
 * @example
 * const spec = await loadSpec({ path: 'openapi.yaml' });
 * for (const op of spec.operations) console.log(op.method, op.basePaths[0] + op.path);
 *
 * @example
 * // GitHub's 13 MB spec needs a larger size limit than the 10 MiB default.
 * await loadSpec({ path: 'api.github.com.json' }, { maxBytes: 64 * 1024 * 1024 });
 */
export async function loadSpec(input: SpecInput, options: LoadSpecOptions = {}): Promise<ProviderSpec> {
  let context: NormaliseContext | undefined;
  try {
    const limits = resolveLimits(options);
    const source = await readInput(input, options, limits);
    return await buildSpec(source, limits, (started) => (context = started));
  } catch (error) {
    throw asSpecError(error, context?.current ?? '');
  }
}

function asSpecError(error: unknown, location: string): SpecError {
  if (error instanceof SpecError) return error;
  if (error instanceof RangeError) {
    return new SpecError(
      'spec.too-deep',
      `document is too deeply nested or too large: ${error.message}`,
      location,
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SpecError('spec.invalid', `unexpected document structure: ${message}`, location, {
    cause: error,
  });
}
