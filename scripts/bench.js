// `npm run bench [-- <section>…] [--signet-rounds=N] [--pactflow-rounds=N] [--no-build]`
// Runs benchmark sections (scripts/bench/<section>.ts, each exporting `run(options) => markdown`) and writes
// their results into docs/benchmarks.md. Rounds can also be set with BENCH_SIGNET_ROUNDS / BENCH_PACTFLOW_ROUNDS.
import { execFileSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

/** Sections in the order they run and appear; add broker, proxy, webhooks… here as they are written. */
const SECTIONS = [
  'comparison',
  'bad-input',
  'proxy',
  'verify',
  'broker',
  'webhooks',
  'ui',
  'start-up',
  'diff',
  'broker-start',
  'mock',
  'pacts-for-verification',
];

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = (name, env, fallback) => {
  const value = Number(flag(name) ?? process.env[env] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const options = {
  signetRounds: rounds('signet-rounds', 'BENCH_SIGNET_ROUNDS', 3),
  pactflowRounds: rounds('pactflow-rounds', 'BENCH_PACTFLOW_ROUNDS', 2),
};
const requested = args.filter((a) => !a.startsWith('--'));
const unknown = requested.filter((name) => !SECTIONS.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Known: ${SECTIONS.join(', ')}`);
  process.exit(2);
}

if (!args.includes('--no-build')) {
  // Benchmarks time the built packages, as users get them.
  console.error('Building (tsc -b)…');
  try {
    execFileSync('npx', ['tsc', '-b'], { stdio: 'inherit' });
    // `signet compare` loads core's comparison modules from this one-file bundle (see the script).
    execFileSync(process.execPath, [new URL('./bundle-comparison.js', import.meta.url).pathname], {
      stdio: 'inherit',
    });
  } catch {
    console.error('Build failed; fix it, or pass --no-build to benchmark the existing dist.');
    process.exit(2);
  }
} else {
  // A `tsc -b` since the last bundle makes `signet compare` load the compiled modules: slower, so say it.
  const { freshBundle } = await import('../packages/core/dist/comparison-loader.js');
  if (freshBundle(new URL('../packages/core/dist/comparison.bundle.json', import.meta.url)) === undefined)
    console.error('Note: no fresh comparison bundle (run node scripts/bundle-comparison.js after tsc -b).');
}

register();
const { writeDocsSection } = await import('./bench/docs-section.ts');
for (const name of requested.length > 0 ? requested : SECTIONS) {
  console.error(`Benchmark: ${name}`);
  /** @type {{ run: (o: typeof options) => Promise<string> }} */
  const { run } = await import(`./bench/${name}.ts`);
  await writeDocsSection(name, await run(options));
}
console.error(`Wrote ${process.env.SIGNET_BENCH_DOC ?? 'docs/benchmarks.md'}`);
