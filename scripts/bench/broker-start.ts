/**
 * Benchmark section `broker-start`: spawn of the built `signet broker` to its first answer (`GET /api/v1/services`),
 * on a new embedded data directory (seeded from the build's template), on an existing one, and on a new one with
 * no template (PGlite's initdb: how every first start went before the template). Each run is a fresh process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './child.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';

const signet = `${repoRoot}packages/cli/bin/signet.js`;
const template = `${repoRoot}packages/broker/pglite-template`;
const brokerMain = `${repoRoot}packages/broker/dist/main.js`;

/**
 * CPU time (user + system, ms) the process `pid` and its descendants have used so far, from /proc (10 ms ticks);
 * steadier than wall time on a shared machine. NaN where /proc is not there.
 */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = (Number(fields[11]) + Number(fields[12])) * 10;
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return own + children.reduce((sum, child) => sum + cpuMs(child), 0);
  } catch {
    return NaN;
  }
}

interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** Time from spawn to the first 200 from the API, and the CPU spent by then; the broker is killed in every outcome. */
async function firstAnswer(dataDir: string, program: 'cli' | 'broker' = 'cli'): Promise<Sample> {
  const started = performance.now();
  const command = program === 'cli' ? [signet, 'broker'] : [brokerMain];
  const child = spawn(process.execPath, [...command, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      // The human notices (the URL among them) go to stderr; the request log to stdout.
      let out = '';
      child.stdout.resume();
      child.stderr.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /listening on (http:\/\/\S+)/.exec(out);
        if (found) resolve(found[1]!);
      });
      child.once('exit', (code) => reject(new Error(`broker exited (${code}) before listening: ${out}`)));
      setTimeout(() => reject(new Error('broker did not listen within 120 s')), 120_000).unref();
    });
    // Listening is not answering: poll, but never past the same 120 s.
    while (performance.now() - started < 120_000) {
      const answer = await fetch(`${url}/api/v1/services`).catch(() => undefined);
      if (answer?.ok) return { wallMs: performance.now() - started, cpuMs: cpuMs(child.pid!) };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`broker at ${url} did not answer GET /api/v1/services with 200 within 120 s`);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}

export const run: RunSection = async ({ signetRounds }) => {
  if (!existsSync(template)) throw new Error(`${template} is missing: run \`npm run build\` first`);
  // A template older than the migrations would make every "new" start migrate: bring it up to date (no-op if current).
  const built = spawnSync(process.execPath, [`${repoRoot}packages/broker/dist/store/build-template.js`], {
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0) throw new Error('building the embedded database template failed');
  const root = await mkdtemp(join(tmpdir(), 'signet-bench-start-'));
  const fresh: Sample[] = [];
  const existing: Sample[] = [];
  const direct: Sample[] = [];
  const initdb: Sample[] = [];
  const loads: number[] = [];
  const aside = `${template}.bench-aside`;
  try {
    for (let round = 0; round < signetRounds; round++) {
      loads.push(loadavg()[0]!);
      const dataDir = join(root, `data-${round}`);
      fresh.push(await firstAnswer(dataDir));
      existing.push(await firstAnswer(dataDir));
      direct.push(await firstAnswer(dataDir, 'broker'));
    }
    // Without a template (moved aside, and back in every outcome), a new directory runs initdb.
    await rename(template, aside);
    try {
      for (let round = 0; round < Math.min(2, signetRounds); round++)
        initdb.push(await firstAnswer(join(root, `initdb-${round}`)));
    } finally {
      await rename(aside, template);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const cell = (samples: Sample[], target: string) =>
    `${seconds(median(samples.map((s) => s.wallMs)))} s | ${target} | ` +
    `${seconds(median(samples.map((s) => s.cpuMs)))} s | ${samples.map((s) => seconds(s.wallMs)).join(', ')}`;
  return [
    '## Broker start: spawn to first answer',
    '',
    machineLine(),
    `\`signet broker --data-dir D\` (the built CLI, embedded PGlite), from spawn to the first 200 of ` +
      '`GET /api/v1/services`; each run a fresh process, medians. CPU: user + system time of the process and ' +
      'its children by the first answer (from /proc; steadier than wall time when the machine is shared). ' +
      `1-minute load average during the rounds: median ${median(loads).toFixed(2)}.`,
    '',
    '| data directory | median | target | median CPU | runs (wall) |',
    '|---|---:|---|---:|---|',
    `| new, from the install's template | ${cell(fresh, '< 3 s')} |`,
    `| existing | ${cell(existing, '< 1.5 s')} |`,
    `| existing, the broker program itself (\`node packages/broker/dist/main.js\`: no CLI process first) | ${cell(direct, '—')} |`,
    `| new, no template (initdb; every first start before the template) | ${cell(initdb, '—')} |`,
  ].join('\n');
};
