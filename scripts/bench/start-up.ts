/**
 * Benchmark section `start-up`: wall time of short `signet` runs (help, version, one small offline compare),
 * each a fresh process, next to Node's own start-up, importing `@signet/core` and doing the same comparison
 * in one script, and `pact-broker --help` (the Pact CLI, a Rust binary behind a Node launcher).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median } from './child.js';
import { coreDistEntry } from './core-dist.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';

const signet = `${repoRoot}packages/cli/bin/signet.js`;
const pactBroker = `${repoRoot}node_modules/.bin/pact-broker`;
const spec = `${repoRoot}packages/cli/test-fixtures/petstore.yaml`;
const contract = `${repoRoot}packages/cli/test-fixtures/pact-compatible.json`;

// What `signet compare` does, written as one script against core's dist: the floor compare can reach.
const coreCompare = `
const core = await import(${JSON.stringify(pathToFileURL(coreDistEntry).href)});
const { readFile } = await import('node:fs/promises');
const spec = await core.loadSpec({ path: ${JSON.stringify(spec)} });
const result = core.compare(spec, core.parseContract(await readFile(${JSON.stringify(contract)}, 'utf8')));
if (!result.compatible) process.exit(1);
`;

interface Case {
  name: string;
  command: string;
  args: string[];
}

const node = process.execPath;
const cases: Case[] = [
  { name: '`node -e 0` (Node itself)', command: node, args: ['-e', '0'] },
  { name: '`signet --version`', command: node, args: [signet, '--version'] },
  { name: '`signet --help`', command: node, args: [signet, '--help'] },
  {
    name: '`import("@signet/core")` only',
    command: node,
    args: ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(coreDistEntry).href)})`],
  },
  {
    name: 'core import + load spec + compare, one script',
    command: node,
    args: ['--input-type=module', '-e', coreCompare],
  },
  {
    name: '`signet compare` (petstore.yaml × pact-compatible.json)',
    command: node,
    args: [signet, 'compare', '--spec', spec, '--contract', contract],
  },
  { name: '`pact-broker --help` (@pact-foundation/pact-cli)', command: pactBroker, args: ['--help'] },
];

/** GNU time, when installed, adds each run's CPU time: steadier than wall time on a busy shared machine. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  wallMs: number;
  /** User + system CPU of the process and the children it waited for. */
  cpuMs?: number;
}

/** One run's wall (and CPU) time in ms, or the reason it could not run. */
function timeOnce({ command, args }: Case): Sample | string {
  if (!existsSync(command)) return `${command} is missing`;
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%U %S', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
  const wallMs = performance.now() - started;
  if (child.error) return child.error.message;
  const stderr = child.stderr.toString().trim().split('\n');
  if (child.status !== 0) return `exit ${child.status}: ${stderr[0]}`;
  if (!gnuTime) return { wallMs };
  const [user = NaN, system = NaN] = (stderr.at(-1) ?? '').split(' ').map(Number);
  return { wallMs, cpuMs: (user + system) * 1000 };
}

export const run: RunSection = ({ signetRounds }) => Promise.resolve(section(signetRounds));

function section(signetRounds: number): string {
  // Start-up times are short and noisy on a shared machine: five times the usual rounds, interleaved.
  const rounds = signetRounds * 5;
  const times = cases.map(() => [] as Sample[]);
  const failures = new Map<number, string>();
  const loads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    loads.push(loadavg()[0]!);
    cases.forEach((testCase, i) => {
      if (failures.has(i)) return;
      const result = timeOnce(testCase);
      if (typeof result === 'string') failures.set(i, result);
      else times[i]!.push(result);
    });
  }
  const rows = cases.map((testCase, i) => {
    const failure = failures.get(i);
    const samples = times[i]!;
    const cpu = samples.flatMap((sample) => (sample.cpuMs === undefined ? [] : [sample.cpuMs]));
    const cell =
      failure !== undefined
        ? `did not run: ${failure} | —`
        : `${median(samples.map((sample) => sample.wallMs)).toFixed(0)} ms | ` +
          (cpu.length > 0 ? `${median(cpu).toFixed(0)} ms` : '—');
    console.error(`  ${testCase.name}: ${cell}`);
    return `| ${testCase.name} | ${cell} |`;
  });
  return [
    '## CLI start-up',
    '',
    machineLine(),
    `Wall time from spawn to exit and CPU time (GNU time; 10 ms resolution), ${rounds} rounds of each, ` +
      'interleaved; medians. ' +
      `1-minute load average during the rounds: median ${median(loads).toFixed(2)}, ` +
      `${Math.min(...loads).toFixed(2)} to ${Math.max(...loads).toFixed(2)}. ` +
      'Commands load their code only when they run, so `--help` and `--version` load commander and the ' +
      'command definitions only (`packages/cli/src/start-up/loaded-modules.test.ts` checks which packages load).',
    '',
    '| run | median wall time | median CPU time (user + system) |',
    '|---|---:|---:|',
    ...rows,
  ].join('\n');
}
