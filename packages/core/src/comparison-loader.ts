import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type * as ComparisonEntry from './comparison.js';

/** What `@signet/core/comparison` exports. */
export type Comparison = typeof ComparisonEntry;

/** The manifest `scripts/bundle-comparison.js` writes beside the bundle: the compiled modules it holds. */
interface BundleManifest {
  bundle: string;
  inputs: Array<{ path: string; mtimeMs: number; size: number; sha1: string }>;
}

let loading: Promise<Comparison> | undefined;

/**
 * `@signet/core/comparison`, loaded once per process: from the one-file bundle the build writes beside the
 * compiled modules when it still matches them (loading one module costs about half of loading the ~200 it
 * holds, measured for issue 13), else from the compiled modules themselves. A `tsc -b` run after the bundle
 * was written therefore never runs stale code, and running from the sources (tests) has no bundle at all.
 * Callers in one process share one copy, so classes such as `SpecError` stay one class for `instanceof`.
 */
export function loadComparison(): Promise<Comparison> {
  loading ??= (() => {
    const bundle = freshBundle(new URL('./comparison.bundle.json', import.meta.url));
    return bundle === undefined ? import('./comparison.js') : (import(bundle.href) as Promise<Comparison>);
  })();
  return loading;
}

/**
 * The bundle named by the manifest at `manifestUrl` when every module it lists is still the one bundled: same size
 * and mtime, or, when only the mtime moved (npm's tarballs reset every file's), the same content (SHA-1).
 * Undefined when there is no manifest or anything differs (a rebuild, a module gone).
 */
export function freshBundle(manifestUrl: URL): URL | undefined {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as BundleManifest;
  } catch {
    return undefined;
  }
  if (typeof manifest.bundle !== 'string' || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0)
    return undefined;
  for (const input of manifest.inputs) {
    const file = new URL(input.path, manifestUrl);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats === undefined || stats.size !== input.size) return undefined;
    if (
      stats.mtimeMs !== input.mtimeMs &&
      createHash('sha1').update(readFileSync(file)).digest('hex') !== input.sha1
    )
      return undefined;
  }
  const bundle = new URL(manifest.bundle, manifestUrl);
  return statSync(bundle, { throwIfNoEntry: false }) === undefined ? undefined : bundle;
}
