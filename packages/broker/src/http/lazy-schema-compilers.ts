import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type Builder = (...args: never[]) => unknown;

// Fastify's own compilers, resolved from Fastify's install (they are its dependencies, not ours).
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));

/** Loads Fastify's compiler package `name` the first time a route needs it, then builds as Fastify would. */
function onFirstUse(name: string): Builder {
  let build: Builder | undefined;
  return (...args) => {
    build ??= (fromFastify(name) as () => Builder)();
    return build(...args);
  };
}

/**
 * Fastify requires Ajv and fast-json-stringify when the instance is created (about a second of module
 * loading on the start path, 0.4 s on a quiet machine). The broker's routes declare no Fastify schemas (they parse
 * with zod, `http/parse.ts`), so nothing ever compiles; these builders load the same compilers only if a route
 * ever does.
 */
export const lazySchemaCompilers: CompilersFactory = {
  buildValidator: onFirstUse('@fastify/ajv-compiler') as CompilersFactory['buildValidator'],
  buildSerializer: onFirstUse('@fastify/fast-json-stringify-compiler') as CompilersFactory['buildSerializer'],
};
