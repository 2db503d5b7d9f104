import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package (ajv, yaml, semver) loaded on first use instead of when core is imported: a comparison
 * of a JSON spec never needs the YAML parser, a spec whose values the quick check settles never needs Ajv,
 * and every process that imports core (`signet compare`, each broker worker) paid for all of them at start-up.
 * Synchronous, so the functions that use them stay synchronous.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
