/** HTTP load for the broker benchmark: sequential latency samples, and concurrent contract publications. */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { sequentialLatency } from './latency-loop.js';

export interface Latency {
  requests: number;
  p50: number;
  p99: number;
  /** Responses other than 200. */
  errors: number;
}

/** Sends `count` GETs one after another (after `warmup` unmeasured ones); `path(i)` varies the request. */
export async function measureLatency(
  base: string,
  path: (i: number) => string,
  count: number,
  warmup = 50,
): Promise<Latency> {
  const samples = await sequentialLatency(
    count,
    warmup,
    async (i) => {
      const response = await fetch(`${base}${path(i)}`);
      await response.arrayBuffer();
      return response.status;
    },
    (status) => status === 200,
  );
  return { requests: count, ...samples };
}

export interface Throughput {
  publications: number;
  seconds: number;
  perSecond: number;
  /** Statuses other than 201, with their count. */
  errors: Record<string, number>;
}

/**
 * `clients` loops, each publishing `perClient` contracts (its own consumer, one new version each, distinct
 * content) as fast as the broker answers.
 */
export async function publishConcurrently(
  base: string,
  clients: number,
  perClient: number,
  contract: (client: number, i: number) => string,
): Promise<Throughput> {
  const errors: Record<string, number> = {};
  // node:http with one kept-alive socket per client: fetch costs the load generator ~2 ms of CPU a request,
  // CPU the broker and PostgreSQL need on the same cores.
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let i = 0; i < perClient; i++) {
          const body = JSON.stringify({
            content: contract(client, i),
            consumerVersion: `${i + 1}.0.0`,
            branch: 'main',
          });
          const status = await post(`${base}/contracts`, body, agent);
          if (status !== 201) errors[status] = (errors[status] ?? 0) + 1;
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const publications = clients * perClient;
  return { publications, seconds, perSecond: publications / seconds, errors };
}

/** POSTs a JSON body and reads the whole answer; resolves to its status. */
function post(url: string, body: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}
