/**
 * Benchmark section `broker`: a generated history (see broker-history.ts) loaded in bulk SQL into PGlite (fresh
 * data directory under bench-results/) and into PostgreSQL (`SIGNET_TEST_DATABASE_URL`'s server, a fresh
 * database); then, over HTTP against the built broker in its own process, deploy guard and matrix page latency,
 * and on PostgreSQL contract publish throughput with 20 concurrent clients, rows counted afterwards.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadStatements, withScratchDatabase } from './bench-database.js';
import { openApiSpec, pactContract } from '../../packages/broker/src/testing/documents.js';
import { historyStatements, RUNNING, SERVICES, VERSIONS_PER_SERVICE } from './broker-history.js';
import { measureLatency, publishConcurrently, type Latency, type Throughput } from './broker-load.js';
import { startBrokerProcess } from '../../packages/broker/src/testing/broker-process.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';

const GUARD_REQUESTS = 1_000;
const MATRIX_REQUESTS = 300;
const CLIENTS = 20;
const PER_CLIENT = 100;
const environments = Object.keys(RUNNING) as Array<keyof typeof RUNNING>;

interface Figures {
  loadSeconds: number;
  guard: Latency;
  matrix: Latency;
  publish?: Throughput & { counted: CountedRows };
  /** The broker's resident memory (MB) after serving the reads (and, on PostgreSQL, the publishing). */
  rssMb: number;
}

/** Resident set size of process `pid` in MB, from /proc (NaN where there is none). */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

interface CountedRows {
  contracts: number;
  distinct: number;
  versions: number;
}

/** A pseudo-random but repeatable pick, so every run asks the same questions. */
const pick = (i: number, n: number) => (i * 7919 + 13) % n;
const serviceName = (s: number) => `service-${String(s + 1).padStart(3, '0')}`;

async function measureReads(api: string): Promise<Pick<Figures, 'guard' | 'matrix'>> {
  // Recent versions (86..100): the ones a deploy guard is asked about.
  const guard = await measureLatency(
    api,
    (i) =>
      `/deploy-guard?service=${serviceName(pick(i, SERVICES))}&version=1.0.${VERSIONS_PER_SERVICE - pick(i, 15)}` +
      `&environment=${environments[i % environments.length]}`,
    GUARD_REQUESTS,
  );
  // First pages: the whole matrix, one consumer's, one provider's (100 rows each).
  const matrixPages = [
    () => '/matrix?limit=100',
    (i: number) => `/matrix?limit=100&consumer=${serviceName(pick(i, SERVICES))}`,
    (i: number) => `/matrix?limit=100&provider=${serviceName(pick(i, SERVICES))}`,
  ];
  const matrix = await measureLatency(api, (i) => matrixPages[i % 3]!(i), MATRIX_REQUESTS);
  return { guard, matrix };
}

/** Publishes with 20 clients against one provider with a real spec, then counts what was stored. */
async function measurePublish(api: string, url: string): Promise<Throughput & { counted: CountedRows }> {
  const operations: Array<['get', string]> = [
    ['get', '/items/{id}'],
    ['get', '/items'],
    ['get', '/gadgets/{id}'],
  ];
  const spec = await fetch(`${api}/services/bench-provider/specs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content: openApiSpec('bench-provider', operations), version: '1.0.0' }),
  });
  if (spec.status !== 201)
    throw new Error(`publishing the provider's spec: ${spec.status} ${await spec.text()}`);
  const throughput = await publishConcurrently(api, CLIENTS, PER_CLIENT, (client, i) =>
    pactContract(`bench-consumer-${client}`, 'bench-provider', [operations[i % 3]!, ['get', `/items/${i}`]]),
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ contracts: string; distinct: string; versions: string }>(
      `select count(*) contracts, count(distinct (c.consumer_version_id, c.provider_id)) "distinct",
         count(distinct v.id) versions
       from contracts c join versions v on v.id = c.consumer_version_id join services s on s.id = v.service_id
       where s.name like 'bench-consumer-%'`,
    );
    const row = rows[0]!;
    return {
      ...throughput,
      counted: {
        contracts: Number(row.contracts),
        distinct: Number(row.distinct),
        versions: Number(row.versions),
      },
    };
  } finally {
    await client.end();
  }
}

async function onPGlite(): Promise<Figures> {
  const dataDir = join(repoRoot, 'bench-results/broker-pglite');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.error('PGlite: loading the history (initdb first)…');
  const loadSeconds = await loadStatements({ kind: 'embedded', dataDir }, historyStatements());
  const broker = await startBrokerProcess(['--data-dir', dataDir]);
  try {
    const reads = await measureReads(broker.api);
    return { loadSeconds, ...reads, rssMb: rssMb(broker.pid) };
  } finally {
    await broker.stop();
  }
}

async function onPostgres(serverUrl: string): Promise<Figures> {
  return withScratchDatabase(serverUrl, 'signet_bench', async (url) => {
    console.error('PostgreSQL: loading the history…');
    const loadSeconds = await loadStatements({ kind: 'postgres', url }, historyStatements());
    const broker = await startBrokerProcess(['--database-url', url]);
    try {
      const reads = await measureReads(broker.api);
      console.error('PostgreSQL: publish throughput…');
      const publish = await measurePublish(broker.api, url);
      return { loadSeconds, ...reads, publish, rssMb: rssMb(broker.pid) };
    } finally {
      await broker.stop();
    }
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? '✅' : '❌');

function render(machine: string, results: Array<[string, Figures | string]>): string {
  const lines = [
    '## Broker: deploy guard, matrix and publishing over a generated history',
    '',
    machine,
    '',
    `History: ${SERVICES} services, 1,500 integrations, 30,000 versions (150,000 contracts), 3 environments, ` +
      '66,000 comparisons and 34,000 verifications, loaded with set-based SQL (`scripts/bench/broker-history.ts`). ' +
      `Latency: sequential keep-alive requests over HTTP to the built broker in its own process, ${GUARD_REQUESTS} ` +
      `deploy-guard questions (recent versions, every environment) and ${MATRIX_REQUESTS} matrix first pages ` +
      '(100 rows: unfiltered, by consumer, by provider), after 50 warm-up requests each.',
    '',
    '| database | load history | deploy guard p50 | p99 (< 10 ms) | matrix page p50 | p99 (< 10 ms) | errors | broker RSS after (< 300 MB) |',
    '| -------- | -----------: | ---------------: | ------------: | --------------: | -------------: | -----: | ----------: |',
  ];
  for (const [database, figures] of results) {
    if (typeof figures === 'string') {
      lines.push(`| ${database} | ${figures} | | | | | | |`);
      continue;
    }
    const { guard, matrix } = figures;
    lines.push(
      `| ${database} | ${figures.loadSeconds.toFixed(1)} s | ${ms(guard.p50)} | ${ms(guard.p99)} ${verdict(guard.p99 < 10)} ` +
        `| ${ms(matrix.p50)} | ${ms(matrix.p99)} ${verdict(matrix.p99 < 10)} | ${guard.errors + matrix.errors} ` +
        `| ${figures.rssMb.toFixed(0)} MB ${verdict(figures.rssMb < 300)} |`,
    );
  }
  const publish = results
    .map(([, figures]) => (typeof figures === 'string' ? undefined : figures.publish))
    .find((figures) => figures !== undefined);
  if (publish !== undefined) {
    const { counted } = publish;
    const intact =
      counted.contracts === publish.publications &&
      counted.distinct === publish.publications &&
      counted.versions === publish.publications;
    const errors = Object.entries(publish.errors);
    lines.push(
      '',
      `Publish throughput on PostgreSQL: ${CLIENTS} concurrent clients × ${PER_CLIENT} contract publications ` +
        '(each a new consumer version with its own content, compared on publish with the provider’s spec): ' +
        `**${publish.perSecond.toFixed(0)} publications/s** ${verdict(publish.perSecond >= 500)} (target ≥ 500), ` +
        `${publish.publications} in ${publish.seconds.toFixed(1)} s; ` +
        `errors: ${errors.length === 0 ? 'none' : errors.map(([status, n]) => `${n} × ${status}`).join(', ')}; ` +
        `counted afterwards: ${counted.contracts} contracts, ${counted.distinct} distinct (version, provider) pairs, ` +
        `${counted.versions} consumer versions ${verdict(intact)} (none lost or duplicated).`,
    );
  }
  return lines.join('\n');
}

export const run: RunSection = async () => {
  const machine = machineLine();
  const results: Array<[string, Figures | string]> = [['PGlite (embedded)', await onPGlite()]];
  const serverUrl = process.env['SIGNET_TEST_DATABASE_URL'];
  results.push([
    'PostgreSQL',
    serverUrl ? await onPostgres(serverUrl) : 'not measured: SIGNET_TEST_DATABASE_URL is not set',
  ]);
  const markdown = render(machine, results);
  console.error(markdown);
  return markdown;
};
