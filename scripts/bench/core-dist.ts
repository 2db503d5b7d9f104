/** Imports Signet's core from its build output (`npm run build`), so benchmarks time what users run. */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as CoreModule from '@signet/core';

export type Core = typeof CoreModule;

/** `BENCH_CORE_DIST` points at another build (e.g. to compare before and after a change). */
export const coreDistEntry =
  process.env.BENCH_CORE_DIST ?? fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url));

export async function loadCore(): Promise<Core> {
  if (!existsSync(coreDistEntry)) throw new Error(`${coreDistEntry} is missing: run \`npm run build\` first`);
  return (await import(pathToFileURL(coreDistEntry).href)) as Core;
}
