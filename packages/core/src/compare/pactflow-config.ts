import type { ProviderSpec } from '../specs/model.js';

/**
 * PactFlow's `info.x-opc-config-*` extensions that Signet honours, so a spec migrated from PactFlow gives the
 * same answers. Unset means Signet's own default. (`x-opc-config-base-path` is added to each operation's
 * `basePaths` by the loader.)
 */
export interface PactflowConfig {
  /** Literal path segments match whatever their case (PactFlow's default: case-sensitive, as RFC 3986 says). */
  caseInsensitive: boolean;
  /** true: a differing trailing slash is ignored silently; false: it is an error; unset: a warning. */
  ignoreTrailingSlash: boolean | undefined;
  /** Repeated slashes in a request path count as one. */
  ignoreDuplicateSlashes: boolean;
  /** An http security scheme is met by any `Authorization` header, whatever its scheme (`Basic` for `bearer`). */
  noAuthorizationSchema: boolean;
  /**
   * A response object whose schema is `nullable: true` may carry fields the schema does not declare (the old
   * engine's leniency). OpenAPI 3.0 and Swagger 2 only: in 3.1 a nullable type is written directly, and PactFlow
   * reads only the 3.0 `nullable` keyword.
   */
  nullableResponseObjectsOpen: boolean;
}

/** The honoured extensions of a loaded spec, read from its `info` object (kept in `schemaRoot`). */
export function pactflowConfig(spec: ProviderSpec): PactflowConfig {
  const info = spec.schemaRoot.info;
  const flag = (name: string): boolean | undefined => {
    const value =
      typeof info === 'object' && info !== null ? (info as Record<string, unknown>)[name] : undefined;
    if (typeof value === 'boolean') return value;
    // YAML authors sometimes quote booleans.
    if (value === 'true' || value === 'false') return value === 'true';
    return undefined;
  };
  return {
    caseInsensitive: flag('x-opc-config-case-insensitive') ?? false,
    ignoreTrailingSlash: flag('x-opc-config-ignore-trailing-slash'),
    ignoreDuplicateSlashes: flag('x-opc-config-ignore-duplicate-slashes') ?? false,
    noAuthorizationSchema: flag('x-opc-config-no-authorization-schema') ?? false,
    nullableResponseObjectsOpen:
      spec.format !== 'openapi-3.1' &&
      (flag('x-opc-config-no-transform-non-nullable-response-schema') ?? false),
  };
}
