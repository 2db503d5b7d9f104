/**
 * Benchmark section `verify`: throughput of `signet test`. The items provider of the CLI's tests (no faults, in
 * this process) answers; the built CLI runs in a child process and verifies it against its spec with many
 * generated requests per operation. Requests/s is requests sent over the run's own duration (planning, sending
 * and checking; process start-up excluded, and quoted separately as wall time).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startItemsProvider } from '../../packages/cli/src/actions/verify/testing/items-provider.js';
import { median } from './child.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';

const MAX_EXAMPLES = 1_000;
const TARGET_RPS = 300;
const signetBin = join(repoRoot, 'packages/cli/bin/signet.js');
const spec = join(repoRoot, 'packages/cli/test-fixtures/verify/items.yaml');

interface Round {
  requests: number;
  failed: number;
  durationMs: number;
  wallMs: number;
  rps: number;
}

/** One `signet test` run in a child process; resolves with its report's totals. */
function verifyOnce(url: string, seed: number): Promise<Round> {
  const args = [
    signetBin,
    'test',
    '--provider-url',
    url,
    '--spec',
    spec,
    '--seed',
    String(seed),
    '--max-examples',
    String(MAX_EXAMPLES),
    '--negative',
    '--json',
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`signet test exited ${code}: ${stderr.slice(-2000)}`));
      const report = JSON.parse(stdout) as {
        durationMs: number;
        totals: { requests: number; failed: number };
      };
      const { requests, failed } = report.totals;
      resolve({
        requests,
        failed,
        durationMs: report.durationMs,
        wallMs,
        rps: requests / (report.durationMs / 1000),
      });
    }),
  );
}

export const run: RunSection = async ({ signetRounds }) => {
  const provider = await startItemsProvider();
  const rounds: Round[] = [];
  try {
    for (let i = 0; i < signetRounds; i++) {
      const round = await verifyOnce(provider.url, i + 1);
      console.error(
        `  round ${i + 1}: ${round.requests} requests in ${round.durationMs} ms: ${round.rps.toFixed(0)} requests/s`,
      );
      rounds.push(round);
    }
  } finally {
    await provider.close();
  }
  const rps = median(rounds.map((r) => r.rps));
  return [
    '## Verification throughput: `signet test`',
    '',
    machineLine(),
    `The built CLI verifies a small local node:http provider (three operations, in the benchmark process) against its ` +
      `OpenAPI spec with \`--max-examples ${MAX_EXAMPLES} --negative\`: spec examples, ${MAX_EXAMPLES} generated requests per ` +
      'operation, boundary values and invalid requests, all checked (status, content type, headers, body schema). ' +
      `Keep-alive connections, 8 requests in flight. ${rounds.length} round(s) with different seeds; the median is quoted.`,
    '',
    '| round | requests | failures | run time | requests/s | wall time incl. start-up |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rounds.map(
      (r, i) =>
        `| ${i + 1} | ${r.requests} | ${r.failed} | ${r.durationMs} ms | ${r.rps.toFixed(0)} | ${r.wallMs.toFixed(0)} ms |`,
    ),
    '',
    `Throughput: **${rps.toFixed(0)} requests/s** (target ≥ ${TARGET_RPS}: ${rps >= TARGET_RPS ? 'met' : '**not met**'}).`,
  ].join('\n');
};
