// Runs PactFlow's openapi-pact-comparator on a spec and a pact, under Node >= 22 (which it requires), and
// prints one JSON line of timings and per-interaction verdicts. Usage: node run-pactflow.mjs <spec> <pact>
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

/**
 * The part of the comparator's API used here. Its published .d.ts is out of date (it shows `new Comparator(oas)`)
 * and does not resolve (`#documents/*` imports), so the shape is declared locally.
 * @typedef {{ code: string, type: string, mockDetails?: { location?: string } }} Finding
 * @typedef {{ compare(pact: unknown): AsyncIterable<Finding> }} Comparator
 * @typedef {{ Comparator: new (documents: { oas: unknown }) => Comparator }} ComparatorModule
 */
const { Comparator } = /** @type {ComparatorModule} */ (await import('@pactflow/openapi-pact-comparator'));

const [specPath, pactPath] = process.argv.slice(2);
const started = performance.now();
const spec = JSON.parse(await readFile(specPath, 'utf8'));
const comparator = new Comparator({ oas: spec });
const loaded = performance.now();

// The pact is read inside the compare phase, as Signet's runner does, so both phases mean the same thing.
/** @type {{ interactions: unknown[] }} */
const pact = JSON.parse(await readFile(pactPath, 'utf8'));
/** @type {Array<Set<string>>} */
const errorCodes = pact.interactions.map(() => new Set());
for await (const finding of comparator.compare(pact)) {
  const index = /^\[root\]\.interactions\[(\d+)\]/.exec(finding.mockDetails?.location ?? '')?.[1];
  if (index !== undefined && finding.type === 'error') errorCodes[Number(index)]?.add(finding.code);
}
const compared = performance.now();

console.log(
  JSON.stringify({
    tool: `@pactflow/openapi-pact-comparator (Node ${process.versions.node})`,
    loadMs: loaded - started,
    compareMs: compared - loaded,
    totalMs: compared - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    verdicts: Object.fromEntries(errorCodes.map((codes, i) => [i, codes.size > 0 ? 'fail' : 'pass'])),
    errorCodes: Object.fromEntries(
      errorCodes.flatMap((codes, i) => (codes.size > 0 ? [[i, [...codes]]] : [])),
    ),
  }),
);
