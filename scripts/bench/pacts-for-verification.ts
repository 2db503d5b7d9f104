/**
 * Benchmark section `pacts-for-verification`: a provider with 100 consumers × 1,000 versions each (see
 * pacts-for-verification-history.ts) loaded in bulk SQL into PGlite and PostgreSQL (`SIGNET_TEST_DATABASE_URL`),
 * then sequential POST /pacts/provider/bench-provider/for-verification over HTTP to the built broker in its own
 * process, with the selectors a provider pipeline sends. The answer's pact list is fingerprinted so a change in
 * what is selected shows up next to the timings.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadStatements, withScratchDatabase } from './bench-database.js';
import { sequentialLatency } from './latency-loop.js';
import { startBrokerProcess } from '../../packages/broker/src/testing/broker-process.js';
import { machineLine } from './machine.js';
import { CONSUMERS, VERSIONS_PER_CONSUMER, pfvHistoryStatements } from './pacts-for-verification-history.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';

const REQUESTS = Number(process.env['BENCH_PFV_REQUESTS'] ?? 200);
const WARMUP = 5;
/** WIP pacts of the last two days (48 versions per consumer). */
const body = () =>
  JSON.stringify({
    consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }, { matchingBranch: true }],
    providerVersionBranch: 'feature-3',
    includePendingStatus: true,
    includeWipPactsSince: new Date(Date.now() - 48 * 3600_000).toISOString(),
  });

interface Figures {
  loadSeconds: number;
  p50: number;
  p99: number;
  errors: number;
  pacts: number;
  fingerprint: string;
}

/** Sequential requests; the fingerprint is of the last answer's pacts (href, pending, wip), in answer order. */
async function measure(api: string): Promise<Omit<Figures, 'loadSeconds'>> {
  let last: unknown;
  let reported = false;
  const { p50, p99, errors } = await sequentialLatency(
    REQUESTS,
    WARMUP,
    async () => {
      const response = await fetch(`${api}/pacts/provider/bench-provider/for-verification`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/hal+json' },
        body: body(),
      });
      return { status: response.status, text: await response.text() };
    },
    ({ status, text }) => {
      if (status === 200) {
        last = JSON.parse(text);
        return true;
      }
      if (!reported) console.error(`for-verification answered ${status}: ${text.slice(0, 300)}`);
      reported = true;
      return false;
    },
  );
  type Pact = {
    shortDescription?: string;
    verificationProperties?: { pending?: boolean; wip?: boolean };
    _links?: { self?: { href?: string } };
  };
  const pacts = ((last as { _embedded?: { pacts?: Pact[] } })?._embedded?.pacts ?? []).map((p) =>
    [
      p._links?.self?.href?.replace(/^https?:\/\/[^/]+/, ''),
      p.verificationProperties?.pending,
      p.verificationProperties?.wip,
    ].join(' '),
  );
  const fingerprint = createHash('sha256').update(pacts.join('\n')).digest('hex').slice(0, 12);
  return { p50, p99, errors, pacts: pacts.length, fingerprint };
}

async function onPGlite(): Promise<Figures> {
  const dataDir = join(repoRoot, 'bench-results/pfv-pglite');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.error('PGlite: loading the history…');
  const loadSeconds = await loadStatements({ kind: 'embedded', dataDir }, pfvHistoryStatements());
  const broker = await startBrokerProcess(['--data-dir', dataDir]);
  try {
    return { loadSeconds, ...(await measure(broker.url)) };
  } finally {
    await broker.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<Figures> {
  return withScratchDatabase(serverUrl, 'signet_bench_pfv', async (url) => {
    console.error('PostgreSQL: loading the history…');
    const loadSeconds = await loadStatements({ kind: 'postgres', url }, pfvHistoryStatements());
    const broker = await startBrokerProcess(['--database-url', url]);
    try {
      return { loadSeconds, ...(await measure(broker.url)) };
    } finally {
      await broker.stop();
    }
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function render(machine: string, results: Array<[string, Figures | string]>): string {
  const lines = [
    '## Pacts for verification: a provider with 100 consumers × 1,000 versions',
    '',
    machine,
    '',
    `History: one provider, ${CONSUMERS} consumers × ${VERSIONS_PER_CONSUMER.toLocaleString('en')} versions ` +
      '(100,000 pacts, 10,000 contents), feature branches and versions on two branches, tags, deployments in ' +
      'test and production, 9,900 Pact verifications (`scripts/bench/pacts-for-verification-history.ts`). ' +
      `${REQUESTS} sequential POST /pacts/provider/{p}/for-verification over HTTP after ${WARMUP} warm-up, with ` +
      '`mainBranch`, `deployedOrReleased`, `matchingBranch` (providerVersionBranch `feature-3`), ' +
      '`includePendingStatus` and `includeWipPactsSince` (two days ago).',
    '',
    '| database | load history | p50 | p99 (< 50 ms) | errors | pacts in answer | answer fingerprint |',
    '| -------- | -----------: | --: | ------------: | -----: | --------------: | ------------------ |',
  ];
  for (const [database, f] of results) {
    if (typeof f === 'string') lines.push(`| ${database} | ${f} | | | | | |`);
    else
      lines.push(
        `| ${database} | ${f.loadSeconds.toFixed(1)} s | ${ms(f.p50)} | ${ms(f.p99)} ${f.p99 < 50 ? '✅' : '❌'} ` +
          `| ${f.errors} | ${f.pacts} | \`${f.fingerprint}\` |`,
      );
  }
  return lines.join('\n');
}

export const run: RunSection = async () => {
  const machine = machineLine();
  const results: Array<[string, Figures | string]> = [];
  if (process.env['BENCH_PFV_SKIP_PGLITE'] !== '1') results.push(['PGlite (embedded)', await onPGlite()]);
  const serverUrl = process.env['SIGNET_TEST_DATABASE_URL'];
  results.push([
    'PostgreSQL',
    serverUrl ? await onPostgres(serverUrl) : 'not measured: SIGNET_TEST_DATABASE_URL is not set',
  ]);
  const markdown = render(machine, results);
  console.error(markdown);
  return markdown;
};
