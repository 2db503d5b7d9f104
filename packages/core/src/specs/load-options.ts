import { defaultLimits } from '../shared/document-limits.js';

/** Options of {@link loadSpec}. */
export interface LoadSpecOptions {
  /** Directory relative file `$ref`s resolve from when the input is text or an object. Without it they are refused. */
  baseDir?: string;
  /** Largest accepted document (and each referenced file), in UTF-8 bytes. Default 10 MiB. */
  maxBytes?: number;
  /** Deepest accepted nesting of arrays/objects. Default 512. */
  maxDepth?: number;
  /** YAML alias expansion budget (the `yaml` package's `maxAliasCount`). Default 10,000. */
  maxAliases?: number;
}

export interface ResolvedLimits {
  maxBytes: number;
  maxDepth: number;
  maxAliases: number;
  /** Most nodes a document may expand to (YAML aliases, shared objects): guards against expansion bombs. */
  maxNodes: number;
}

export function resolveLimits(options: LoadSpecOptions = {}): ResolvedLimits {
  const maxBytes = options.maxBytes ?? defaultLimits.maxBytes;
  return {
    maxBytes,
    maxDepth: options.maxDepth ?? defaultLimits.maxDepth,
    maxAliases: options.maxAliases ?? 10_000,
    // Real specs have well under one node per 4 bytes of text; an expansion beyond that is an attack.
    maxNodes: Math.max(100_000, Math.floor(maxBytes / 4)),
  };
}
