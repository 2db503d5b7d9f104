import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPact, type CliResult } from '../../pact-api/testing/pact-cli.js';
import { pactFiles, writePact } from '../../pact-api/testing/pact-files.js';
import { startDeliveryWorker } from '../delivery-worker.js';
import { webhookRuntime } from '../runtime.js';
import { startWebhookTestBroker, type WebhookTestBroker } from './webhook-test-broker.js';

/** A request the receiver was sent: its path and JSON body. */
export interface ReceivedWebhook {
  path: string;
  body: Record<string, string>;
}

/**
 * A listening broker with its delivery worker, a real webhook receiver and a real provider for `pact verifier`,
 * all on 127.0.0.1; `close` stops every one of them, whatever failed before.
 */
export interface PactWebhookHarness {
  broker: WebhookTestBroker;
  url: string;
  receiverUrl: string;
  received: ReceivedWebhook[];
  /** Resolves with the first `count` requests to `path`, once the receiver holds them (the test's timeout bounds it). */
  requestsTo(path: string, count?: number): Promise<ReceivedWebhook[]>;
  /** Runs `pact …` against the broker. */
  pact(...args: string[]): Promise<CliResult>;
  /** Publishes `consumer`'s pact with `provider` asking for `/items/<path>`, with extra `pact broker publish` flags. */
  publish(
    consumer: string,
    provider: string,
    path: string,
    version: string,
    ...flags: string[]
  ): Promise<CliResult>;
  /** `pact verifier --webhook-callback-url <pactUrl> --publish` as `provider` version `providerVersion`. */
  verify(pactUrl: string, provider: string, providerVersion: string, ...flags: string[]): Promise<CliResult>;
  /** Whether the provider answers as the pacts expect (a failing provider fails verifications). */
  providerAnswersCorrectly: boolean;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
const closeServer = (server: Server) => new Promise((resolve) => server.close(resolve));

export async function startPactWebhookHarness(): Promise<PactWebhookHarness> {
  const cleanups: Array<() => Promise<unknown>> = [];
  const close = async () => {
    await Promise.allSettled(cleanups.reverse().map((cleanup) => cleanup()));
  };
  try {
    const broker = await startWebhookTestBroker({}, { worker: false });
    cleanups.push(() => broker.close());
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    // Links in webhook requests must reach this broker: its runtime's base URL is where it listens.
    broker.deps.webhooks = webhookRuntime(broker.runtime.settings, url);
    const worker = startDeliveryWorker(broker.deps.store, broker.deps.webhooks);
    cleanups.push(() => worker.stop());
    const dir = await mkdtemp(join(tmpdir(), 'signet-pact-webhook-harness-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));

    const received: ReceivedWebhook[] = [];
    const waiting: Array<() => void> = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        received.push({ path: request.url ?? '', body: JSON.parse(text) as Record<string, string> });
        response.writeHead(200, { 'content-type': 'text/plain' }).end('received');
        for (const resolve of waiting.splice(0)) resolve();
      });
    });
    const receiverUrl = await listen(receiver);
    cleanups.push(() => closeServer(receiver));

    const harness: PactWebhookHarness = {
      broker,
      url,
      receiverUrl,
      received,
      providerAnswersCorrectly: true,
      async requestsTo(path, count = 1) {
        for (;;) {
          const found = received.filter((request) => request.path === path);
          if (found.length >= count) return found.slice(0, count);
          await new Promise<void>((resolve) => waiting.push(resolve));
        }
      },
      pact: (...args) => runPact([...args, '--retries', '0'], { PACT_BROKER_BASE_URL: url }),
      async publish(consumer, provider, path, version, ...flags) {
        const pactDir = await mkdtemp(join(dir, `${consumer}-`));
        await writePact(pactDir, pactFiles.v3(consumer, provider, path));
        return harness.pact('broker', 'publish', pactDir, '--consumer-app-version', version, ...flags);
      },
      verify: (pactUrl, provider, providerVersion, ...flags) =>
        runPact([
          'verifier',
          '--broker-url',
          url,
          '--webhook-callback-url',
          pactUrl,
          '--provider-name',
          provider,
          '--hostname',
          providerUrl.hostname,
          '--port',
          providerUrl.port,
          '--provider-version',
          providerVersion,
          '--publish',
          ...flags,
        ]),
      close,
    };
    const providerServer = createServer((_request, response) => {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(harness.providerAnswersCorrectly ? { id: '1', name: 'gadget' } : { id: 2 }));
    });
    const providerUrl = new URL(await listen(providerServer));
    cleanups.push(() => closeServer(providerServer));
    return harness;
  } catch (error) {
    await close();
    throw error;
  }
}
