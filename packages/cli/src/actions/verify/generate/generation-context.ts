/** How a schema is turned into an arbitrary; `depth` counts `$ref` hops on the current path. */
export interface GenerationContext {
  /** The document `$ref`s point into (`spec.schemaRoot`). */
  root: unknown;
  depth: number;
  /** Past this many `$ref` hops, only required members and minimal arrays are generated. */
  softDepth: number;
  /** Past this many, generation gives up on the branch (unbounded required recursion). */
  hardDepth: number;
  /** Free text limited to letters and digits (header and cookie parameters). */
  safeStrings: boolean;
  /** Strings at least one character long (path parameters: an empty segment makes another URL). */
  nonEmptyStrings: boolean;
  /** Request values: optional readOnly properties are left out. */
  forRequest: boolean;
}

/** A context with the default recursion bounds. */
export function generationContext(
  root: unknown,
  options: Partial<GenerationContext> = {},
): GenerationContext {
  return {
    root,
    depth: 0,
    softDepth: 3,
    hardDepth: 10,
    safeStrings: false,
    nonEmptyStrings: false,
    forRequest: true,
    ...options,
  };
}
