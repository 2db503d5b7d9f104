/**
 * Benchmark section `proxy`: what `signet proxy` costs. A fast local target (in this process), the built CLI's
 * proxy in its own process, and a load generator in a third: 50 concurrent keep-alive clients, requests/s and
 * p50/p99 latency direct to the target vs through the proxy (rounds interleaved), then the proxy's RSS while it
 * records 100,000 requests over 10 distinct interactions.
 *
 * The load generator is this same file run as a child (`tsx proxy.ts --load <json options>`), so the section
 * stays one file.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './child.js';
import { machineLine } from './machine.js';
import { repoRoot, tsxLoader } from './paths.js';
import type { RunSection } from './section.js';

const CLIENTS = 50;
const WARMUP_MS = 1_000;
const MEASURE_MS = 5_000;
const SINGLE_MS = 3_000;
const RECORDED_REQUESTS = 100_000;
const SAMPLE_EVERY = 10_000;
const signetBin = join(repoRoot, 'packages/cli/bin/signet.js');
const self = fileURLToPath(import.meta.url);

/** The ten distinct interactions the clients cycle through (volatile ids and pages vary per request). */
const WORKLOAD: Array<(n: number) => { method: string; path: string; body?: string; type?: string }> = [
  (n) => ({ method: 'GET', path: `/items/${n}` }),
  (n) => ({ method: 'GET', path: `/items?page=${n % 100}` }),
  () => ({ method: 'GET', path: '/items?status=open' }),
  (n) => ({ method: 'GET', path: `/items/${n}/tags` }),
  (n) => ({
    method: 'POST',
    path: '/items',
    body: JSON.stringify({ name: `item ${n}` }),
    type: 'application/json',
  }),
  (n) => ({
    method: 'PUT',
    path: `/items/${n}`,
    body: JSON.stringify({ name: 'x', price: n }),
    type: 'application/json',
  }),
  (n) => ({ method: 'DELETE', path: `/items/${n}` }),
  () => ({ method: 'GET', path: '/health' }),
  (n) => ({ method: 'GET', path: `/missing/${n}` }),
  (n) => ({
    method: 'POST',
    path: '/search',
    body: `q=lamp&limit=${n % 50}`,
    type: 'application/x-www-form-urlencoded',
  }),
];

interface LoadOptions {
  url: string;
  /** Measure for this long after the warm-up… */
  durationMs?: number;
  /** …or send exactly this many requests, printing progress every `SAMPLE_EVERY`. */
  count?: number;
  /** Concurrent clients, each with its own keep-alive agent (default CLIENTS). */
  clients?: number;
  /** Run the load generator on these CPUs only (`taskset -c`). */
  cpu?: string;
}

interface LoadResult {
  /** Requests answered while measuring (after the warm-up). */
  requests: number;
  /** All requests answered, warm-up included. */
  total: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

/** The target: answers every workload request at once with small fixed bodies. */
async function startTarget(): Promise<{ url: string; close: () => void }> {
  const item = JSON.stringify({
    id: 7,
    uuid: '3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00',
    name: 'lamp',
    createdAt: '2024-05-01T10:00:00Z',
  });
  const list = `[${item},${item},${item}]`;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = req.url ?? '/';
      const send = (status: number, body: string, type = 'application/json'): void => {
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      if (req.method === 'DELETE') return send(204, '');
      if (path === '/health') return send(200, 'ok', 'text/plain');
      if (path.startsWith('/missing/')) return send(404, '{"code":"not-found"}');
      if (path.endsWith('/tags')) return send(200, '["a","b"]');
      if (path.startsWith('/items?') || path === '/search') return send(200, list);
      send(req.method === 'POST' ? 201 : 200, item);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.close();
      server.closeAllConnections();
    },
  };
}

/** Starts the built CLI's proxy and resolves once it listens. */
function startProxy(target: string, outDir: string, cpu?: string): Promise<ServerChild> {
  const flags = [
    '--target',
    target,
    '--port',
    '0',
    '--consumer',
    'bench',
    '--provider',
    'target',
    '--out',
    outDir,
  ];
  return startServerChild([signetBin, 'proxy', ...flags], cpu);
}

/** The reference: a bare node:http pass-through proxy (no recording) in its own process. */
function startBaseline(target: string): Promise<ServerChild> {
  return startServerChild(['--import', pathToFileURL(tsxLoader).href, self, '--baseline', target]);
}

interface ServerChild {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** Resolves to the child's stdout when it exits 0 (after SIGTERM). */
  exit: Promise<string>;
}

/** Starts a server process and resolves once it prints `listening on <url>`. */
async function startServerChild(args: string[], cpu?: string): Promise<ServerChild> {
  const child = spawnNode(args, cpu);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<string>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)),
    ),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (found) resolve(found);
    });
    exit.catch(reject);
  });
  return { child, url, exit };
}

/** Runs the load generator child; `onProgress` hears each `{ done }` line it prints. */
function runLoad(
  options: LoadOptions,
  onProgress: (done: number) => void = () => undefined,
): Promise<LoadResult> {
  const child = spawnNode(
    ['--import', pathToFileURL(tsxLoader).href, self, '--load', JSON.stringify(options)],
    options.cpu,
  );
  let stderr = '';
  let result: LoadResult | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const message = JSON.parse(line) as { done?: number; result?: LoadResult };
      if (message.done !== undefined) onProgress(message.done);
      if (message.result) result = message.result;
    }
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`load generator exited ${code}: ${stderr}`)),
    ),
  );
}

/** Runs node with `args`, on the given CPUs only when `cpu` is set (taskset execs, so the pid is node's). */
function spawnNode(args: string[], cpu?: string): ChildProcessWithoutNullStreams {
  return cpu === undefined
    ? spawn(process.execPath, args)
    : spawn('taskset', ['-c', cpu, process.execPath, ...args]);
}

/** Pins every thread of this process (which serves the target) to `cpus`. */
function pinSelf(cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' });
}

/** Whether CPUs can be pinned here: Linux with taskset and at least two cores. */
function canPin(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return cpus().length >= 2;
  } catch {
    return false;
  }
}

interface Pinned {
  direct: LoadResult[];
  proxied: LoadResult[];
}

/**
 * The proxy's own cost without it taking CPU from the target: the target and the load generator share core 0,
 * the proxy has core 1; direct and proxied runs alternate. On two cores shared by three busy processes (the
 * main measurement) the proxy's CPU is CPU the target does not get; here it is not.
 */
async function measurePinned(target: string, outDir: string, rounds: number): Promise<Pinned> {
  pinSelf('0');
  const proxy = await startProxy(target, outDir, '1');
  const direct: LoadResult[] = [];
  const proxied: LoadResult[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      direct.push(await runLoad({ url: target, durationMs: MEASURE_MS, cpu: '0' }));
      proxied.push(await runLoad({ url: proxy.url, durationMs: MEASURE_MS, cpu: '0' }));
      console.error(
        `  pinned round ${round + 1}: direct ${direct.at(-1)!.rps.toFixed(0)} req/s; proxy ${proxied.at(-1)!.rps.toFixed(0)} req/s`,
      );
    }
  } finally {
    proxy.child.kill('SIGTERM');
    await proxy.exit;
    pinSelf(`0-${cpus().length - 1}`);
  }
  return { direct, proxied };
}

/** Resident set size of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time of this process (which serves the target), in ms. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Throughput {
  direct: LoadResult[];
  /** Through a bare node:http pass-through proxy, for reference. */
  baseline: LoadResult[];
  proxied: LoadResult[];
  /** One client at a time: latency without queueing. */
  single: { direct: LoadResult; proxied: LoadResult };
  cpu: { targetUs: number[]; baselineUs: number[]; proxyUs: number[] };
}

/** Direct and proxied runs, interleaved so load from other users of the machine hits both alike. */
async function measureThroughput(target: string, outDir: string, rounds: number): Promise<Throughput> {
  const proxy = await startProxy(target, outDir);
  const bare = await startBaseline(target);
  const direct: LoadResult[] = [];
  const baseline: LoadResult[] = [];
  const proxied: LoadResult[] = [];
  const cpu: Throughput['cpu'] = { targetUs: [], baselineUs: [], proxyUs: [] };
  for (let round = 0; round < rounds; round++) {
    const targetBefore = ownCpuMs();
    const d = await runLoad({ url: target, durationMs: MEASURE_MS });
    cpu.targetUs.push(((ownCpuMs() - targetBefore) * 1000) / d.total);
    const bareBefore = cpuMs(bare.child.pid!);
    const b = await runLoad({ url: bare.url, durationMs: MEASURE_MS });
    cpu.baselineUs.push(((cpuMs(bare.child.pid!) - bareBefore) * 1000) / b.total);
    const proxyBefore = cpuMs(proxy.child.pid!);
    const p = await runLoad({ url: proxy.url, durationMs: MEASURE_MS });
    cpu.proxyUs.push(((cpuMs(proxy.child.pid!) - proxyBefore) * 1000) / p.total);
    direct.push(d);
    baseline.push(b);
    proxied.push(p);
    console.error(
      `  round ${round + 1}: direct ${d.rps.toFixed(0)} req/s p50 ${d.p50.toFixed(2)} ms; ` +
        `bare pass-through ${b.rps.toFixed(0)} req/s p50 ${b.p50.toFixed(2)} ms; ` +
        `proxy ${p.rps.toFixed(0)} req/s p50 ${p.p50.toFixed(2)} ms`,
    );
  }
  const single = {
    direct: await runLoad({ url: target, durationMs: SINGLE_MS, clients: 1 }),
    proxied: await runLoad({ url: proxy.url, durationMs: SINGLE_MS, clients: 1 }),
  };
  proxy.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');
  await Promise.all([proxy.exit, bare.exit]);
  return { direct, baseline, proxied, single, cpu };
}

interface Memory {
  samples: Array<[number, number]>;
  load: LoadResult;
  distinct: number;
}

/** A fresh proxy records RECORDED_REQUESTS requests; its RSS is read every SAMPLE_EVERY of them. */
async function measureMemory(target: string, outDir: string): Promise<Memory> {
  const proxy = await startProxy(target, outDir);
  const samples: Array<[number, number]> = [[0, rssMb(proxy.child.pid!)]];
  const load = await runLoad({ url: proxy.url, count: RECORDED_REQUESTS }, (done) => {
    samples.push([done, rssMb(proxy.child.pid!)]);
    console.error(`  recorded ${done} requests: proxy RSS ${samples.at(-1)![1].toFixed(1)} MB`);
  });
  proxy.child.kill('SIGTERM');
  await proxy.exit;
  const pact = JSON.parse(readFileSync(join(outDir, 'bench-target.json'), 'utf8')) as {
    interactions: unknown[];
  };
  return { samples, load, distinct: pact.interactions.length };
}

export const run: RunSection = async ({ signetRounds }) => {
  const target = await startTarget();
  const outDir = mkdtempSync(join(tmpdir(), 'signet-bench-proxy-'));
  try {
    const throughput = await measureThroughput(target.url, join(outDir, 'throughput'), signetRounds);
    const memory = await measureMemory(target.url, join(outDir, 'memory'));
    const pinned = canPin()
      ? await measurePinned(target.url, join(outDir, 'pinned'), signetRounds)
      : undefined;
    mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
    writeFileSync(
      join(repoRoot, 'bench-results', 'proxy.json'),
      JSON.stringify({ throughput, memory, pinned }, null, 1),
    );
    return render(throughput, memory, pinned);
  } finally {
    target.close();
    rmSync(outDir, { recursive: true, force: true });
  }
};

function render(
  { direct, baseline, proxied, single, cpu }: Throughput,
  { samples, load, distinct }: Memory,
  pinned: Pinned | undefined,
): string {
  const m = (results: LoadResult[], key: keyof LoadResult): number => median(results.map((r) => r[key]));
  const ratio = m(proxied, 'rps') / m(direct, 'rps');
  const overhead = m(proxied, 'p50') - m(direct, 'p50');
  const row = (name: string, results: LoadResult[]): string =>
    `| ${name} | ${m(results, 'rps').toFixed(0)} | ${m(results, 'p50').toFixed(2)} ms | ${m(results, 'p99').toFixed(2)} ms | ${results.reduce((n, r) => n + r.errors, 0)} |`;
  const half = RECORDED_REQUESTS / 2;
  const at = (requests: number): number => samples.find(([done]) => done >= requests)?.[1] ?? NaN;
  const growth = at(RECORDED_REQUESTS) - at(half);
  return [
    '## Proxy overhead: `signet proxy`',
    '',
    machineLine(),
    `A local node:http target (in the benchmark process) answers ten kinds of request with small fixed bodies. ` +
      `The built CLI runs the proxy in its own process and a load generator in a third: ${CLIENTS} concurrent clients, ` +
      `each with its own keep-alive agent, send requests back to back for ${MEASURE_MS / 1000} s after a ` +
      `${WARMUP_MS / 1000} s warm-up. Direct, bare pass-through and \`signet proxy\` runs alternate for ${direct.length} ` +
      'round(s); medians are quoted. The bare pass-through is a minimal node:http reverse proxy (no header policy, no ' +
      'recording) in its own process: what any node:http proxy pays per request on this machine. ' +
      'All three processes share the machine, so the proxy competes with the target and the load generator for CPU.',
    '',
    '| route | requests/s | p50 latency | p99 latency | errors |',
    '|---|---:|---:|---:|---:|',
    row('direct to the target', direct),
    row('through `signet proxy`', proxied),
    row('through a bare node:http pass-through (reference, no recording)', baseline),
    row('direct, one client at a time', [single.direct]),
    row('through `signet proxy`, one client at a time', [single.proxied]),
    '',
    `Throughput through the proxy: **${(ratio * 100).toFixed(0)}%** of direct (target ≥ 80%: ${ratio >= 0.8 ? 'met' : '**not met**'}); ` +
      `the bare pass-through reaches ${((m(baseline, 'rps') / m(direct, 'rps')) * 100).toFixed(0)}%. ` +
      `p50 overhead: **${overhead.toFixed(2)} ms** (target < 2 ms: ${overhead < 2 ? 'met' : '**not met**'}); ` +
      `with one client at a time, where no request waits behind others, ` +
      `${(single.proxied.p50 - single.direct.p50).toFixed(2)} ms.`,
    '',
    `CPU per request (less sensitive to load from other users than throughput): the target ${median(cpu.targetUs).toFixed(0)} µs, ` +
      `the bare pass-through ${median(cpu.baselineUs).toFixed(0)} µs, \`signet proxy\` ${median(cpu.proxyUs).toFixed(0)} µs ` +
      '(a node:http proxy is an HTTP server and an HTTP client per request; `signet proxy` relays bytes between two ' +
      'sockets per client connection and frames the messages on the side to record them). ' +
      `All three processes share ${cpus().length} cores, so CPU the proxy uses is CPU the target and the load ` +
      'generator do not get.',
    '',
    ...renderPinned(pinned),
    `### Memory while recording ${RECORDED_REQUESTS.toLocaleString('en')} requests`,
    '',
    `A fresh proxy records ${load.requests.toLocaleString('en')} requests (${CLIENTS} clients, ${load.rps.toFixed(0)} req/s, ` +
      `${load.errors} errors) cycling through the same ten kinds of request with varying ids, pages and bodies; it wrote ` +
      `**${distinct} distinct interactions**. Proxy RSS sampled every ${SAMPLE_EVERY.toLocaleString('en')} requests:`,
    '',
    '| requests recorded | proxy RSS |',
    '|---:|---:|',
    ...samples.map(([done, rss]) => `| ${done.toLocaleString('en')} | ${rss.toFixed(1)} MB |`),
    '',
    `From ${half.toLocaleString('en')} to ${RECORDED_REQUESTS.toLocaleString('en')} requests RSS changed by ` +
      `${growth.toFixed(1)} MB (target: flat — memory follows distinct interactions, not requests).`,
  ].join('\n');
}

/** Load generator mode: `tsx proxy.ts --load '{"url":…,"durationMs":…}'`; prints progress and a result line. */
async function generateLoad(options: LoadOptions): Promise<void> {
  const latencies: number[] = [];
  let sent = 0;
  let completed = 0;
  let errors = 0;
  let measuring = options.count !== undefined;
  const started = performance.now();
  let measureStart = started;
  const deadline = options.durationMs === undefined ? Infinity : started + WARMUP_MS + options.durationMs;
  if (options.durationMs !== undefined) {
    setTimeout(() => {
      measuring = true;
      measureStart = performance.now();
    }, WARMUP_MS);
  }
  const more = (): boolean =>
    options.count === undefined ? performance.now() < deadline : sent < options.count;
  const client = async (): Promise<void> => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (more()) {
      const n = sent++;
      const spec = WORKLOAD[n % WORKLOAD.length]!(Math.floor(n / WORKLOAD.length) + 1);
      const begin = performance.now();
      const ok = await send(options.url, spec, agent);
      if (!ok) errors++;
      if (measuring) latencies.push(performance.now() - begin);
      completed++;
      if (options.count !== undefined && completed % SAMPLE_EVERY === 0)
        console.log(JSON.stringify({ done: completed }));
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.clients ?? CLIENTS }, client));
  const seconds = (performance.now() - measureStart) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const result: LoadResult = {
    requests: latencies.length,
    total: completed,
    errors,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
  console.log(JSON.stringify({ result }));
}

function send(
  base: string,
  spec: ReturnType<(typeof WORKLOAD)[number]>,
  agent: http.Agent,
): Promise<boolean> {
  return new Promise((resolve) => {
    const headers =
      spec.body === undefined
        ? {}
        : { 'content-type': spec.type!, 'content-length': Buffer.byteLength(spec.body) };
    const req = http.request(base + spec.path, { method: spec.method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve((res.statusCode ?? 0) < 500));
    });
    req.on('error', () => resolve(false));
    req.end(spec.body);
  });
}

/** Baseline mode: `tsx proxy.ts --baseline <target>`, the least a node:http reverse proxy must do per request. */
function baselineProxy(target: URL): void {
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const options = {
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      agent,
    };
    const upstream = http.request({ ...options, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    agent.destroy();
  });
}

if (process.argv[1] === self && process.argv[2] === '--load') {
  await generateLoad(JSON.parse(process.argv[3] ?? '{}') as LoadOptions);
}
if (process.argv[1] === self && process.argv[2] === '--baseline')
  baselineProxy(new URL(process.argv[3] ?? ''));

/** The pinned measurement's section (empty where CPUs cannot be pinned). */
function renderPinned(pinned: Pinned | undefined): string[] {
  if (pinned === undefined) return [];
  const m = (results: LoadResult[], key: keyof LoadResult): number => median(results.map((r) => r[key]));
  const ratio = m(pinned.proxied, 'rps') / m(pinned.direct, 'rps');
  const overhead = m(pinned.proxied, 'p50') - m(pinned.direct, 'p50');
  const row = (name: string, results: LoadResult[]): string =>
    `| ${name} | ${m(results, 'rps').toFixed(0)} | ${m(results, 'p50').toFixed(2)} ms | ${m(results, 'p99').toFixed(2)} ms |`;
  return [
    '### With a core of its own',
    '',
    'The same runs with CPUs pinned (`taskset`): the target and the load generator share core 0 in both runs, the ' +
      'proxy has core 1. This is the proxy’s own overhead, without the CPU contention of the table above (where ' +
      'three busy processes share two cores and every µs the proxy spends is taken from the target).',
    '',
    '| route | requests/s | p50 latency | p99 latency |',
    '|---|---:|---:|---:|',
    row('direct, target and clients on core 0', pinned.direct),
    row('through `signet proxy` on core 1', pinned.proxied),
    '',
    `Throughput through the proxy: **${(ratio * 100).toFixed(0)}%** of direct (target ≥ 80%: ${ratio >= 0.8 ? 'met' : '**not met**'}); ` +
      `p50 overhead **${overhead.toFixed(2)} ms** (target < 2 ms: ${overhead < 2 ? 'met' : '**not met**'}).`,
    '',
  ];
}
