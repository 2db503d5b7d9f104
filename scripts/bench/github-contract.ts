/**
 * Generates (deterministically) a Pact v3 contract of 1,000 HTTP interactions against GitHub's REST spec:
 * ~90% compatible, ~10% broken in the ways real contracts drift. Cached in `bench-results/`; regenerated when
 * missing or when the generator changes. Run directly to (re)generate: `npx tsx scripts/bench/github-contract.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAKAGES, breakers, type Intent } from './breakages.js';
import { buildInteraction, type PactInteraction } from './github-interaction.js';
import { loadGithubSpec, type GithubSpec, type SpecOperation } from './github-spec.js';
import { Prng } from './prng.js';

/** Bump when generation changes, so stale cached contracts are rebuilt. */
const GENERATOR_VERSION = 2;
const SEED = 20240314;
const TOTAL = 1000;
const BROKEN_PER_KIND = 20;
const GET_SHARE = 0.75;

export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '../../bench-results');
export const contractPath = join(resultsDir, 'github-pact.json');
/** Per interaction index: what the generator meant (`compatible` or the kind of breakage) and the operation. */
export const intentPath = join(resultsDir, 'github-pact.intent.json');

export interface IntentEntry {
  intent: Intent;
  operationId: string;
}

/** Returns the contract path, generating the contract first if it is missing or stale. */
export function ensureGithubContract(): string {
  if (existsSync(contractPath) && existsSync(intentPath)) {
    const cached = JSON.parse(readFileSync(contractPath, 'utf8'));
    if (cached.metadata?.signetBench?.generator === GENERATOR_VERSION) return contractPath;
  }
  const { pact, intents } = generateGithubContract();
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(contractPath, JSON.stringify(pact));
  writeFileSync(intentPath, JSON.stringify(intents));
  return contractPath;
}

export function generateGithubContract() {
  const spec = loadGithubSpec();
  const rng = new Prng(SEED);
  const reads = rng.shuffle(spec.operations.filter((op) => op.method === 'get'));
  const writes = rng.shuffle(spec.operations.filter((op) => op.method !== 'get'));
  const entries: Array<{ interaction: PactInteraction; intent: IntentEntry }> = [];
  const compatibleCount = TOTAL - BROKEN_PER_KIND * BREAKAGES.length;
  const nextRead = cycle(reads);
  const nextWrite = cycle(writes);
  while (entries.length < compatibleCount) {
    const op = rng.chance(GET_SHARE) ? nextRead() : nextWrite();
    const interaction = buildInteraction(spec, op, rng);
    if (interaction)
      entries.push({ interaction, intent: { intent: 'compatible', operationId: op.operationId } });
  }
  for (const kind of BREAKAGES) {
    const pool =
      kind === 'missing-required-request-field'
        ? writes
        : kind === 'undocumented-status'
          ? writes.concat(reads)
          : reads;
    entries.push(...breakSome(spec, rng, kind, rng.shuffle(pool)));
  }
  const ordered = rng.shuffle(entries);
  ordered.forEach(({ interaction }, index) => (interaction.description += ` #${index}`));
  const pact = {
    consumer: { name: 'octo-dashboard' },
    provider: { name: 'github-rest-api' },
    interactions: ordered.map((e) => e.interaction),
    metadata: {
      pactSpecification: { version: '3.0.0' },
      signetBench: { generator: GENERATOR_VERSION, seed: SEED },
    },
  };
  return { pact, intents: ordered.map((e) => e.intent) };
}

function breakSome(spec: GithubSpec, rng: Prng, kind: Exclude<Intent, 'compatible'>, pool: SpecOperation[]) {
  const result: Array<{ interaction: PactInteraction; intent: IntentEntry }> = [];
  for (const op of pool) {
    if (result.length === BROKEN_PER_KIND) break;
    const base = buildInteraction(spec, op, rng);
    const broken = base && breakers[kind](spec, op, base, rng);
    if (broken) result.push({ interaction: broken, intent: { intent: kind, operationId: op.operationId } });
  }
  return result;
}

/** Hands out items in order, starting over at the end, so every operation is used before any repeats. */
function cycle<T>(items: T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(ensureGithubContract());
}
