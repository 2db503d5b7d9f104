/** What importing a library costs a fresh process: its wall time less that of a process that imports nothing. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

function wallMs(node: string, code: string): number {
  const started = performance.now();
  const child = spawnSync(node, ['--input-type=module', '-e', code], { stdio: 'ignore', timeout: 60_000 });
  const elapsed = performance.now() - started;
  if (child.status !== 0) throw new Error(`${node} -e ${code} exited ${child.status ?? child.signal}`);
  return elapsed;
}

/** Milliseconds `import(url)` adds to `node`'s own start-up (one run of each, back to back). */
export function importCost(node: string, url: string): number {
  const bare = wallMs(node, '0');
  return Math.max(0, wallMs(node, `await import(${JSON.stringify(url)})`) - bare);
}
