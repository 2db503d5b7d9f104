/**
 * Runs Signet's comparison (the built `packages/core/dist`, as users get it) on a spec and a pact, and prints one
 * JSON line of timings and per-interaction verdicts, in the same shape as run-pactflow.mjs.
 * Usage: tsx run-signet.ts <spec> <pact>
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadCore } from './core-dist.js';

const [specPath, pactPath] = process.argv.slice(2) as [string, string];
const core = await loadCore();

const started = performance.now();
const spec = await core.loadSpec(await readFile(specPath, 'utf8'), { maxBytes: 64 * 1024 * 1024 });
const loaded = performance.now();

const contract = core.parseContract(await readFile(pactPath, 'utf8'));
const { findings } = core.compare(spec, contract);
const compared = performance.now();

const errorCodes = new Map<number, Set<string>>();
for (const finding of findings) {
  const index = /^\[root\]\.interactions\[(\d+)\]/.exec(finding.mockDetails.location)?.[1];
  if (index === undefined || finding.type !== 'error') continue;
  const codes = errorCodes.get(Number(index)) ?? new Set();
  errorCodes.set(Number(index), codes.add(finding.code));
}
const verdicts = Object.fromEntries(
  contract.interactions.map((_, i) => [i, errorCodes.has(i) ? 'fail' : 'pass']),
);
console.log(
  JSON.stringify({
    tool: `Signet @signet/core (Node ${process.versions.node})`,
    loadMs: loaded - started,
    compareMs: compared - loaded,
    totalMs: compared - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    verdicts,
    errorCodes: Object.fromEntries([...errorCodes].map(([i, codes]) => [i, [...codes]])),
  }),
);
