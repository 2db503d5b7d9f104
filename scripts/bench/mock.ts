/**
 * Benchmark section `mock`: `signet mock --spec` side by side with Prism (`@stoplight/prism-cli`, `prism mock`),
 * both as real processes serving the same spec. Throughput and p50/p99 latency of the same valid workload
 * (rounds interleaved, medians quoted), and each server's verdict (accepted or refused) on a set of valid and
 * invalid requests, against what the spec says.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './child.js';
import { machineLine } from './machine.js';
import { benchSpec, VERDICT_CASES, WORKLOAD, type BenchRequest, type VerdictCase } from './mock-cases.js';
import type { MockLoadOptions, MockLoadResult } from './mock-load.js';
import { repoRoot, tsxLoader } from './paths.js';
import type { RunSection } from './section.js';

const CLIENTS = 50;
const WARMUP_MS = 1_000;
const MEASURE_MS = 5_000;
const START_TIMEOUT_MS = 60_000;
const signetBin = join(repoRoot, 'packages/cli/bin/signet.js');
const loadScript = join(repoRoot, 'scripts/bench/mock-load.ts');

/** Prism's CLI entry, from its package.json `bin`. */
function prismBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@stoplight/prism-cli/package.json');
  const { bin, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    bin: Record<string, string>;
    version: string;
  };
  prismVersion = version;
  return join(dirname(manifest), bin['prism']!);
}
let prismVersion = '?';

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Spawns a server and resolves once `GET /pets` answers; SIGTERM (then SIGKILL after 5 s) stops it. */
async function startServer(name: string, args: string[], port: number): Promise<Server> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited ${child.exitCode}: ${stderr}`);
    if (await answers(`${url}/pets`)) return { name, child, url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer within ${START_TIMEOUT_MS / 1000} s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

function startSignet(specFile: string, port: number): Promise<Server> {
  return startServer('signet mock', [signetBin, 'mock', '--spec', specFile, '--port', String(port)], port);
}

/** Prism as its README runs it, with request logging at `error` (it logs every request at `info`) and no CORS, as signet mock's default. */
function startPrism(specFile: string, port: number): Promise<Server> {
  const args = [prismBin(), 'mock', '-p', String(port), '-h', '127.0.0.1', '--no-cors', '-v', 'error'];
  return startServer('prism mock', [...args, specFile], port);
}

function runLoad(options: MockLoadOptions): Promise<MockLoadResult> {
  const child = spawn(process.execPath, [
    '--import',
    pathToFileURL(tsxLoader).href,
    loadScript,
    JSON.stringify(options),
  ]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`load generator exited ${code}: ${stderr}`));
      resolve(JSON.parse(last) as MockLoadResult);
    }),
  );
}

interface Verdict {
  case: VerdictCase;
  signet: number;
  prism: number;
}

async function statusOf(base: string, request: BenchRequest): Promise<number> {
  const response = await fetch(base + request.path, {
    method: request.method,
    headers: request.headers ?? {},
    ...(request.body !== undefined && { body: request.body }),
  });
  await response.arrayBuffer();
  return response.status;
}

const accepted = (status: number): boolean => status >= 200 && status < 300;

interface Results {
  signet: MockLoadResult[];
  prism: MockLoadResult[];
  /** Server CPU time (user + system) per request in each round, µs: less sensitive to other load than req/s. */
  cpuUs: { signet: number[]; prism: number[] };
  single: { signet: MockLoadResult; prism: MockLoadResult };
  rss: { signet: number; prism: number };
  verdicts: Verdict[];
}

/** CPU time (user + system) a process has used, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

async function measure(signet: Server, prism: Server, rounds: number): Promise<Results> {
  const verdicts: Verdict[] = [];
  for (const c of VERDICT_CASES)
    verdicts.push({
      case: c,
      signet: await statusOf(signet.url, c.request),
      prism: await statusOf(prism.url, c.request),
    });
  const load = (server: Server, clients = CLIENTS): Promise<MockLoadResult> =>
    runLoad({ url: server.url, requests: WORKLOAD, clients, warmupMs: WARMUP_MS, durationMs: MEASURE_MS });
  const results: Pick<Results, 'signet' | 'prism' | 'cpuUs'> = {
    signet: [],
    prism: [],
    cpuUs: { signet: [], prism: [] },
  };
  for (let round = 0; round < rounds; round++) {
    // Alternating which goes first, so a change in the machine's load hits both alike.
    const order = round % 2 === 0 ? [signet, prism] : [prism, signet];
    for (const server of order) {
      const before = cpuMs(server.child.pid!);
      const result = await load(server);
      const cpu = ((cpuMs(server.child.pid!) - before) * 1000) / result.total;
      (server === signet ? results.signet : results.prism).push(result);
      (server === signet ? results.cpuUs.signet : results.cpuUs.prism).push(cpu);
      console.error(
        `  round ${round + 1}: ${server.name} ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, ${result.errors} errors`,
      );
    }
  }
  const single = { signet: await load(signet, 1), prism: await load(prism, 1) };
  const rss = { signet: rssMb(signet.child.pid!), prism: rssMb(prism.child.pid!) };
  return { ...results, single, rss, verdicts };
}

export const run: RunSection = async ({ signetRounds }) => {
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-mock-'));
  const specFile = join(dir, 'pets.json');
  writeFileSync(specFile, JSON.stringify(benchSpec, null, 2));
  const servers: Server[] = [];
  try {
    const signet = await startSignet(specFile, await freePort());
    servers.push(signet);
    const prism = await startPrism(specFile, await freePort());
    servers.push(prism);
    const machine = machineLine();
    const results = await measure(signet, prism, signetRounds);
    mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench-results', 'mock.json'), JSON.stringify(results, null, 1));
    return render(machine, results);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
};

/** One client at a time (no queueing): which server is ahead on p50 and p99, said either way. */
function singleNote({ signet, prism }: Results['single']): string {
  const side = (key: 'p50' | 'p99'): string =>
    `${key} ${signet[key].toFixed(2)} vs ${prism[key].toFixed(2)} ms (${signet[key] < prism[key] ? '`signet mock` ahead' : '**Prism ahead**'})`;
  return `One client at a time, \`signet mock\` vs Prism: ${side('p50')}, ${side('p99')}.`;
}

/** Where both refuse but with different statuses (`signet mock` keeps 422 for a body that parses but breaks its schema). */
function statusNote(verdicts: Verdict[]): string {
  const differ = verdicts.filter((v) => !accepted(v.signet) && !accepted(v.prism) && v.signet !== v.prism);
  if (differ.length === 0) return 'Where both refuse, they answer the same status.';
  const pairs = new Map<string, number>();
  for (const v of differ)
    pairs.set(`${v.signet} vs ${v.prism}`, (pairs.get(`${v.signet} vs ${v.prism}`) ?? 0) + 1);
  const listed = [...pairs].map(([pair, n]) => `${pair} (${n})`).join(', ');
  return (
    `Both refuse ${differ.length} request(s) with different statuses, \`signet mock\` vs Prism: ${listed}; ` +
    '`signet mock` answers 400 to a bad parameter and keeps 422 for a body that parses but breaks its schema.'
  );
}

function render(machine: string, { signet, prism, cpuUs, single, rss, verdicts }: Results): string {
  const m = (results: MockLoadResult[], key: keyof MockLoadResult): number =>
    median(results.map((r) => r[key]));
  const row = (name: string, results: MockLoadResult[]): string =>
    `| ${name} | ${m(results, 'rps').toFixed(0)} | ${m(results, 'p50').toFixed(2)} ms | ${m(results, 'p99').toFixed(2)} ms | ${results.reduce((n, r) => n + r.errors, 0)} |`;
  const ratio = m(signet, 'rps') / m(prism, 'rps');
  const ahead = ratio > 1 && m(signet, 'p50') < m(prism, 'p50') && m(signet, 'p99') < m(prism, 'p99');
  const verdict = (status: number): string => (accepted(status) ? 'accepted' : 'refused');
  const right = (v: Verdict, status: number): boolean => accepted(status) === v.case.valid;
  const signetRight = verdicts.filter((v) => right(v, v.signet)).length;
  const prismRight = verdicts.filter((v) => right(v, v.prism)).length;
  const agree = verdicts.filter((v) => accepted(v.signet) === accepted(v.prism)).length;
  const disagreements = verdicts.filter(
    (v) => accepted(v.signet) !== accepted(v.prism) || !right(v, v.signet),
  );
  const mark = (v: Verdict, status: number): string =>
    `${status} ${verdict(status)}${right(v, status) ? '' : ' ✗'}`;
  return [
    '## Mock server: `signet mock` vs Prism',
    '',
    machine,
    `The same OpenAPI 3.0 document (${VERDICT_CASES.length} verdict cases, ${WORKLOAD.length} workload requests: ` +
      '`scripts/bench/mock-cases.ts`) served by the built `signet mock --spec` and by Prism ' +
      `${prismVersion} (\`prism mock\`, request logging at \`error\` since it logs every request at \`info\`, ` +
      'CORS off as in `signet mock`), each a real process. A load generator in a third process runs ' +
      `${CLIENTS} concurrent keep-alive clients cycling through the workload (a query with two parameters, a path ` +
      'parameter with a uuid header, a JSON body with bearer credentials, a cookie), all valid and answered from ' +
      `the spec's examples, for ${MEASURE_MS / 1000} s after a ${WARMUP_MS / 1000} s warm-up; ${signet.length} round(s), ` +
      'alternating which server goes first; medians quoted. All three processes share the machine.',
    '',
    '| server | requests/s | p50 latency | p99 latency | errors |',
    '|---|---:|---:|---:|---:|',
    row('`signet mock`', signet),
    row(`Prism ${prismVersion}`, prism),
    row('`signet mock`, one client at a time', [single.signet]),
    row(`Prism ${prismVersion}, one client at a time`, [single.prism]),
    '',
    `Throughput: \`signet mock\` **${ratio.toFixed(1)}×** Prism's; ahead on throughput, p50 and p99 (target): ` +
      `${ahead ? 'met' : '**not met**'}. ${singleNote(single)} Server CPU per request (user + system, warm-up ` +
      `included; less sensitive to the machine's other load than requests/s): \`signet mock\` ${median(cpuUs.signet).toFixed(0)} µs, ` +
      `Prism ${median(cpuUs.prism).toFixed(0)} µs. RSS after the runs: \`signet mock\` ${rss.signet.toFixed(0)} MB, Prism ${rss.prism.toFixed(0)} MB.`,
    '',
    '### Validation verdicts',
    '',
    `Each request sent once to each server; 2xx counts as accepted, anything else as refused. Right by the spec: ` +
      `\`signet mock\` **${signetRight}/${verdicts.length}**, Prism **${prismRight}/${verdicts.length}**; the two agree on ` +
      `**${agree}/${verdicts.length}**. ${statusNote(verdicts)}`,
    '',
    '| request | spec | `signet mock` | Prism |',
    '|---|---|---|---|',
    ...verdicts.map(
      (v) =>
        `| ${v.case.name} | ${v.case.valid ? 'valid' : 'invalid'} | ${mark(v, v.signet)} | ${mark(v, v.prism)} |`,
    ),
    '',
    ...(disagreements.length === 0
      ? ['No disagreements.']
      : [
          `Disagreements (${disagreements.length}):`,
          '',
          ...disagreements.map(
            (v) =>
              `- **${v.case.name}**: \`signet mock\` ${mark(v, v.signet)}, Prism ${mark(v, v.prism)}. ` +
              (v.case.prismDiffers !== undefined && right(v, v.signet)
                ? v.case.prismDiffers
                : '**Not explained yet**: a change in either server; look at bench-results/mock.json.'),
          ),
        ]),
  ].join('\n');
}
