/**
 * The `mock` section's load generator, run as its own process (`tsx mock-load.ts '<json options>'`): clients
 * with a keep-alive connection each send the workload's requests back to back, after a warm-up; prints one JSON
 * result line with requests/s and p50/p99 latency.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchRequest } from './mock-cases.js';

export interface MockLoadOptions {
  url: string;
  requests: BenchRequest[];
  clients: number;
  warmupMs: number;
  durationMs: number;
}

export interface MockLoadResult {
  /** Requests answered while measuring. */
  requests: number;
  /** Requests answered in all, warm-up included. */
  total: number;
  /** Answers that were not the 2xx the workload expects, or no answer. */
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

async function generate(options: MockLoadOptions): Promise<MockLoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let total = 0;
  let measuring = false;
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const deadline = measureFrom + options.durationMs;
  const client = async (): Promise<void> => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (performance.now() < deadline) {
      const request = options.requests[sent++ % options.requests.length]!;
      const begin = performance.now();
      measuring ||= begin >= measureFrom;
      const ok = await send(options.url, request, agent);
      total++;
      if (!measuring) continue;
      latencies.push(performance.now() - begin);
      if (!ok) errors++;
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - measureFrom) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    total,
    errors,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}

function send(base: string, request: BenchRequest, agent: http.Agent): Promise<boolean> {
  return new Promise((resolve) => {
    const headers = {
      ...request.headers,
      ...(request.body !== undefined && { 'content-length': String(Buffer.byteLength(request.body)) }),
    };
    const req = http.request(base + request.path, { method: request.method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
    });
    req.on('error', () => resolve(false));
    req.end(request.body);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await generate(JSON.parse(process.argv[2] ?? '{}') as MockLoadOptions);
  console.log(JSON.stringify(result));
}
