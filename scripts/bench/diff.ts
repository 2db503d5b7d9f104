/**
 * Benchmark section `diff`: `signet diff` on GitHub's REST spec (@octokit/openapi) against a copy with 100
 * seeded random mutations (operations removed, parameters made required, schema types changed, response
 * properties removed), each round a fresh `signet diff` process; wall-time median, the in-process
 * diffSpecs time alone, and the impact of the change on 50 consumers (`specImpact`, what the broker runs for
 * `signet diff --provider`): the 1,000-interaction GitHub contract split into 50 contracts of 20.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './child.js';
import { loadCore, type Core } from './core-dist.js';
import { ensureGithubContract } from './github-contract.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import { Prng } from './prng.js';
import type { RunSection } from './section.js';

type Json = Record<string, unknown>;
const MUTATIONS = 100;
const CONSUMERS = 50;
/** GNU time, when installed, adds the CLI's CPU time: steadier than wall time on a busy shared machine. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall and CPU (user + system, this process's threads) milliseconds of `work`. */
function timed<T>(work: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const wallMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (user + system) / 1000 };
}
const signet = `${repoRoot}packages/cli/bin/signet.js`;

/** Applies `count` seeded mutations to the document in place; answers how many of each kind. */
export function mutate(document: Json, count: number, prng: Prng): Record<string, number> {
  const kinds: Record<string, number> = {};
  const paths = document.paths as Record<string, Record<string, Json>>;
  const pathNames = Object.keys(paths).sort();
  const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
  const schemaNames = Object.keys(schemas).sort();
  for (let done = 0; done < count;) {
    const kind = prng.int(0, 3);
    const op = Object.values(paths[pathNames[prng.int(0, pathNames.length - 1)]!] ?? {}).find(
      (o) => typeof o === 'object' && o !== null && 'responses' in o,
    );
    const schema = schemas[schemaNames[prng.int(0, schemaNames.length - 1)]!]!;
    const properties = schema.properties as Record<string, Json> | undefined;
    if (kind === 0 && op) {
      const names = Object.keys(paths).filter((p) => paths[p] !== undefined);
      delete paths[names[prng.int(0, names.length - 1)]!];
    } else if (kind === 1 && op && Array.isArray(op.parameters) && op.parameters.length > 0) {
      const p = op.parameters[prng.int(0, op.parameters.length - 1)] as Json;
      if ('$ref' in p) continue;
      p.required = true;
    } else if (kind === 2 && properties && Object.keys(properties).length > 0) {
      const name = Object.keys(properties).sort()[prng.int(0, Object.keys(properties).length - 1)]!;
      properties[name] = { type: 'boolean' };
    } else if (kind === 3 && properties && Object.keys(properties).length > 0) {
      delete properties[Object.keys(properties).sort()[0]!];
    } else continue;
    const name = ['operation removed', 'parameter required', 'type changed', 'property removed'][kind]!;
    kinds[name] = (kinds[name] ?? 0) + 1;
    done++;
  }
  return kinds;
}

/** The GitHub contract's interactions dealt into `count` consumer contracts of equal size, in order. */
function consumerContracts(core: Core, count: number) {
  const pact = JSON.parse(readFileSync(ensureGithubContract(), 'utf8')) as Json & { interactions: unknown[] };
  const size = Math.floor(pact.interactions.length / count);
  return Array.from({ length: count }, (_, i) => ({
    consumer: `consumer-${i}`,
    version: '1.0.0',
    contract: core.parseContract(
      JSON.stringify({
        ...pact,
        consumer: { name: `consumer-${i}` },
        interactions: pact.interactions.slice(i * size, (i + 1) * size),
      }),
    ),
  }));
}

export const run: RunSection = async ({ signetRounds }) => {
  const require = createRequire(import.meta.url);
  const baseFile = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const document = JSON.parse(readFileSync(baseFile, 'utf8')) as Json;
  const kinds = mutate(document, MUTATIONS, new Prng(14));
  const dir = mkdtempSync(path.join(tmpdir(), 'signet-bench-diff-'));
  try {
    const headFile = path.join(dir, 'head.json');
    writeFileSync(headFile, JSON.stringify(document));
    const rounds = Math.max(3, Math.min(signetRounds, 7));
    const walls: number[] = [];
    const cliCpu: number[] = [];
    let changes = 0;
    for (let i = 0; i < rounds; i++) {
      const args = [signet, 'diff', '--base', baseFile, '--head', headFile, '--json'];
      const [file, argv] = gnuTime
        ? [gnuTime, ['-f', '%U %S', process.execPath, ...args]]
        : [process.execPath, args];
      const started = performance.now();
      const result = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      walls.push(performance.now() - started);
      if (result.status !== 1) throw new Error(`signet diff exited ${result.status}: ${result.stderr}`);
      changes = (JSON.parse(result.stdout) as { changes: unknown[] }).changes.length;
      const [user = NaN, system = NaN] = (result.stderr.trim().split('\n').at(-1) ?? '')
        .split(' ')
        .map(Number);
      if (gnuTime) cliCpu.push((user + system) * 1000);
    }
    const core = await loadCore();
    const options = { maxBytes: 64 * 1024 * 1024 };
    const [base, head] = await Promise.all([
      core.loadSpec({ path: baseFile }, options),
      core.loadSpec({ path: headFile }, options),
    ]);
    const diffs = Array.from({ length: rounds }, () => timed(() => core.diffSpecs(base, head)));
    const consumers = consumerContracts(core, CONSUMERS);
    const impacts = Array.from({ length: rounds }, () =>
      timed(() => core.specImpact({ base, head, consumers })),
    );
    const size = consumers[0]!.contract.interactions.length;
    const broken = impacts[0]!.value.consumers.filter((c) => c.verdict === 'broken').length;
    const ms = (runs: Array<{ wallMs: number; cpuMs: number }>) =>
      `${median(runs.map((r) => r.wallMs)).toFixed(0)} ms | ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms`;
    const cliCpuCell = cliCpu.length > 0 ? `${(median(cliCpu) / 1000).toFixed(2)} s` : '—';
    const kindList = Object.entries(kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    return [
      '## diff',
      '',
      `\`signet diff\` on GitHub's REST spec against a copy with ${MUTATIONS} seeded mutations (${kindList}); ${rounds} rounds, medians. ${machineLine()}`,
      '',
      'CPU time is user + system (GNU time for the CLI, `process.cpuUsage` in process): the steadier figure when the machine is busy.',
      '',
      '| what | median wall time | median CPU time |',
      '| --- | ---: | ---: |',
      `| \`signet diff --json\` (fresh process: load both specs, diff, print ${changes} changes) | ${(median(walls) / 1000).toFixed(2)} s | ${cliCpuCell} |`,
      `| \`diffSpecs\` alone (specs already loaded) | ${ms(diffs)} |`,
      `| impact on ${CONSUMERS} consumer contracts of ${size} interactions (\`specImpact\`: the diff, each contract compared with both specs, usage; ${broken} consumers broken), first round: nothing compiled yet | ${ms(impacts.slice(0, 1))} |`,
      `| the same, later rounds (validators and routes of both specs already built, as in a broker that keeps them) | ${ms(impacts.slice(1))} |`,
      '',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
