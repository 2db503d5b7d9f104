/**
 * Memory bounds for the embedded PostgreSQL backend. PGlite's WebAssembly memory only grows, so whatever the
 * backend touches once stays resident for the life of the broker: PostgreSQL's default 128 MB of shared buffers
 * (written at start-up: ~130 MB of RSS before the first query) and its per-sort and per-index-build allowances
 * set the floor and the high-water mark. Buffers cache pages the operating system caches too (PGlite reads the
 * data directory through the file system), so fewer cost re-reads, never different answers: over the broker
 * bench's history, 16 MB served the same reads for the same CPU time as 128 MB, in ~150 MB less RSS
 * (docs/benchmarks.md, "Broker start: where the time goes").
 */
export const pgliteMemorySettings: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
  // One backend, one query at a time: the allowances apply once, not per connection.
  work_mem: '4MB',
  maintenance_work_mem: '16MB',
  temp_buffers: '4MB',
};

/** PGlite's own start parameters (`PGlite.defaultStartParams`: single-user mode and the rest), then the bounds above. */
export function pgliteStartParams(defaults: readonly string[]): string[] {
  return [
    ...defaults,
    ...Object.entries(pgliteMemorySettings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
}
