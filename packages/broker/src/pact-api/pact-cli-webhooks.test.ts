import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeliveryWorker, type DeliveryWorker } from '../webhooks/delivery-worker.js';
import { webhookRuntime } from '../webhooks/runtime.js';
import { startWebhookTestBroker, type WebhookTestBroker } from '../webhooks/testing/webhook-test-broker.js';
import {
  startPactWebhookHarness,
  type PactWebhookHarness,
  type ReceivedWebhook,
} from '../webhooks/testing/pact-webhook-harness.js';
import { runPact, type CliResult } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

/** What the receiver was sent: the path and the rendered JSON body. */
interface Received {
  path: string;
  body: Record<string, string>;
}

/**
 * Webhooks a Pact provider build can act on, driven by the real `pact broker` and `pact verifier` (npm
 * @pact-foundation/pact-cli) against a listening broker whose delivery worker posts to a real receiver.
 */
describe('real pact webhooks against Signet (pactUrl callbacks, verification webhooks)', () => {
  let broker: WebhookTestBroker;
  let worker: DeliveryWorker;
  let url: string;
  let dir: string;
  let receiver: Server;
  let receiverUrl: string;
  let provider: Server;
  let providerUrl: URL;
  const received: Received[] = [];
  const waiting: Array<() => void> = [];
  const providerSeen: string[] = [];

  const pact = (...args: string[]) => runPact([...args, '--retries', '0'], { PACT_BROKER_BASE_URL: url });
  const ok = async (...args: string[]) => {
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  /** Resolves once the receiver holds a request to `path` (the test's timeout bounds the wait). */
  const requestTo = async (path: string): Promise<Received> => {
    for (;;) {
      const found = received.find((request) => request.path === path);
      if (found !== undefined) return found;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const verify = (pactUrl: string, providerVersion: string, ...flags: string[]) =>
    runPact([
      'verifier',
      '--broker-url',
      url,
      '--webhook-callback-url',
      pactUrl,
      '--provider-name',
      'inventory',
      '--hostname',
      providerUrl.hostname,
      '--port',
      providerUrl.port,
      '--provider-version',
      providerVersion,
      '--provider-branch',
      'main',
      '--publish',
      ...flags,
    ]);

  beforeAll(async () => {
    broker = await startWebhookTestBroker({}, { worker: false });
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    // Links in webhook requests must reach this broker: its runtime's base URL is where it listens.
    broker.deps.webhooks = webhookRuntime(broker.runtime.settings, url);
    worker = startDeliveryWorker(broker.deps.store, broker.deps.webhooks);
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-webhooks-'));
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        received.push({ path: request.url ?? '', body: JSON.parse(text) as Record<string, string> });
        response.writeHead(200, { 'content-type': 'text/plain' }).end('received');
        for (const resolve of waiting.splice(0)) resolve();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    provider = createServer((request, response) => {
      providerSeen.push(`${request.method} ${request.url}`);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: '1', name: 'gadget' }));
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    providerUrl = new URL(`http://127.0.0.1:${(provider.address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    await worker?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
    await new Promise((resolve) => provider?.close(resolve));
    await broker?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  let pactUrl = '';

  // Pact Broker: `${pactbroker.pactUrl}` is the pact-version resource with metadata, the URL a provider build
  // triggered by `contract_content_changed` passes to the verifier (docs.pact.io, "Webhooks"; the verifier's
  // --webhook-callback-url), which fetches that pact and publishes its result to the pact's publish link.
  it('renders pactUrl as a Pact resource the real verifier verifies, publishing a result /api/v1 shows', async () => {
    await ok(
      'broker',
      'create-webhook',
      `${receiverUrl}/published`,
      '--request',
      'POST',
      '--data',
      '{"pactUrl":"${pactbroker.pactUrl}","consumerVersion":"${pactbroker.consumerVersionNumber}"}',
      '--provider',
      'inventory',
      '--contract-published',
    );
    const pactDir = await mkdtemp(join(dir, 'web-'));
    await writePact(pactDir, pactFiles.v3('web', 'inventory', 'web'));
    await ok('broker', 'publish', pactDir, '--consumer-app-version', 'w1', '--branch', 'main');

    const delivered = await requestTo('/published');
    pactUrl = delivered.body['pactUrl'] ?? '';
    expect(pactUrl).toMatch(
      new RegExp(`^${url}/pacts/provider/inventory/consumer/web/pact-version/[0-9a-f]+/metadata/[\\w-]+$`),
    );
    expect(delivered.body['consumerVersion']).toBe('w1');
    const fetched = await broker.app.inject({ method: 'GET', url: pactUrl.slice(url.length) });
    expect(fetched.statusCode).toBe(200);

    const verified = await verify(pactUrl, 'p1');
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(providerSeen).toEqual(['GET /items/web']);
    const verifications = await broker.api({
      method: 'GET',
      url: '/services/inventory/versions/p1/verifications',
    });
    expect(verifications.statusCode).toBe(200);
    expect(verifications.json<{ items: Array<{ success: boolean; kind: string }> }>().items).toEqual([
      expect.objectContaining({ success: true, kind: 'pact' }),
    ]);
  });

  // Pact Broker: a webhook scoped to a consumer (with or without a provider) fires for verifications of that
  // consumer's pacts, and its template has the consumer version and branch of the verified pact, the pact's
  // URL, and `verificationResultUrl`, the verification result resource (spec/features/*webhook*.rb;
  // lib/pact_broker/webhooks/pact_and_verification_parameters.rb).
  it('fires consumer-scoped verification webhooks with the consumer, its branch, the pact and the result URLs', async () => {
    const body =
      '{"consumer":"${pactbroker.consumerName}","consumerVersion":"${pactbroker.consumerVersionNumber}",' +
      '"consumerBranch":"${pactbroker.consumerVersionBranch}","providerVersion":"${pactbroker.providerVersionNumber}",' +
      '"pactUrl":"${pactbroker.pactUrl}","verificationResultUrl":"${pactbroker.verificationResultUrl}"}';
    const hook = (path: string, ...scope: string[]) =>
      ok(
        'broker',
        'create-webhook',
        `${receiverUrl}/${path}`,
        '--request',
        'POST',
        '--data',
        body,
        ...scope,
        '--provider-verification-published',
      );
    await hook('consumer-only', '--consumer', 'web');
    await hook('integration', '--consumer', 'web', '--provider', 'inventory');
    await hook('other-consumer', '--consumer', 'mobile');

    const verified = await verify(pactUrl, 'p2');
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);

    for (const path of ['/consumer-only', '/integration']) {
      const delivered = await requestTo(path);
      expect(delivered.body).toMatchObject({
        consumer: 'web',
        consumerVersion: 'w1',
        consumerBranch: 'main',
        providerVersion: 'p2',
        pactUrl,
      });
      const resultUrl = delivered.body['verificationResultUrl'] ?? '';
      expect(resultUrl).toMatch(
        new RegExp(
          `^${url}/pacts/provider/inventory/consumer/web/pact-version/[0-9a-f]+/verification-results/\\d+$`,
        ),
      );
      const result = await broker.app.inject({ method: 'GET', url: resultUrl.slice(url.length) });
      expect(result.statusCode).toBe(200);
      expect(result.json()).toMatchObject({ success: true, providerApplicationVersion: 'p2' });
    }
    // The outbox queues deliveries in the verification's transaction: the other consumer's webhook has none.
    const hooks = await broker.api({ method: 'GET', url: '/webhooks' });
    const other = hooks
      .json<{ items: Array<{ id: number; url: string }> }>()
      .items.find((item) => item.url.endsWith('/other-consumer'));
    const deliveries = await broker.api({ method: 'GET', url: `/webhooks/${other?.id}/deliveries` });
    expect(deliveries.json<{ items: unknown[] }>().items).toEqual([]);
    expect(received.map((request) => request.path).sort()).toEqual([
      '/consumer-only',
      '/integration',
      '/published',
    ]);
  });
  // Pact Broker: every documented `${pactbroker.*}` variable expands (docs.pact.io "Dynamic variable
  // substitution"; lib/pact_broker/webhooks/pact_and_verification_parameters.rb): tags joined by ", ", the
  // commit statuses from the verification that triggered the webhook — or, for a contract event, from the
  // pact's latest verification — labels empty when there are none, and eventName as subscribed.
  it('expands every template variable, for a verification and for a contract event', async () => {
    const names = [
      'eventName',
      'consumerName',
      'consumerVersionNumber',
      'consumerVersionTags',
      'consumerVersionBranch',
      'providerName',
      'providerVersionNumber',
      'providerVersionTags',
      'providerVersionBranch',
      'providerVersionDescriptions',
      'githubVerificationStatus',
      'bitbucketVerificationStatus',
      'azureDevOpsVerificationStatus',
      'gitlabVerificationStatus',
      'buildUrl',
      'consumerLabels',
      'providerLabels',
    ];
    const body = `{${names.map((name) => `"${name}":"\${pactbroker.${name}}"`).join(',')}}`;
    const hook = (path: string, event: string) =>
      ok(
        'broker',
        'create-webhook',
        `${receiverUrl}/${path}`,
        '--request',
        'POST',
        '--data',
        body,
        '--consumer',
        'web',
        event,
      );
    await hook('all-verified', '--provider-verification-succeeded');
    await hook('all-published', '--contract-published');
    await ok('broker', 'create-version-tag', '--pacticipant', 'web', '--version', 'w1', '--tag', 'ui');
    await ok('broker', 'create-version-tag', '--pacticipant', 'web', '--version', 'w1', '--tag', 'beta');
    await ok(
      'broker',
      'create-or-update-version',
      '--pacticipant',
      'inventory',
      '--version',
      'p3',
      '--branch',
      'main',
    );
    await ok(
      'broker',
      'create-version-tag',
      '--pacticipant',
      'inventory',
      '--version',
      'p3',
      '--tag',
      'prod',
    );

    const verified = await verify(pactUrl, 'p3', '--build-url', 'https://ci.example/builds/3');
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const sameForBoth = {
      consumerName: 'web',
      providerName: 'inventory',
      providerVersionNumber: 'p3',
      providerVersionTags: 'prod',
      providerVersionBranch: 'main',
      providerVersionDescriptions: '',
      githubVerificationStatus: 'success',
      bitbucketVerificationStatus: 'SUCCESSFUL',
      azureDevOpsVerificationStatus: 'succeeded',
      gitlabVerificationStatus: 'success',
      consumerLabels: '',
      providerLabels: '',
    };
    expect((await requestTo('/all-verified')).body).toEqual({
      ...sameForBoth,
      eventName: 'provider_verification_succeeded',
      consumerVersionNumber: 'w1',
      consumerVersionTags: 'beta, ui',
      consumerVersionBranch: 'main',
      buildUrl: 'https://ci.example/builds/3',
    });

    // The same content published by a new consumer version: rendered with that pact's latest verification (p3).
    const pactDir = await mkdtemp(join(dir, 'web-again-'));
    await writePact(pactDir, pactFiles.v3('web', 'inventory', 'web'));
    await ok(
      'broker',
      'publish',
      pactDir,
      '--consumer-app-version',
      'w2',
      '--branch',
      'feat-y',
      '--tag',
      'next',
    );
    expect((await requestTo('/all-published')).body).toEqual({
      ...sameForBoth,
      eventName: 'contract_published',
      consumerVersionNumber: 'w2',
      consumerVersionTags: 'next',
      consumerVersionBranch: 'feat-y',
      buildUrl: '',
    });
  });
  // Pact Broker: executing a webhook (`test-webhook`, POST /webhooks/{uuid}/execute) renders it with the
  // integration's latest pact and that pact's latest verification, as the event `test`
  // (lib/pact_broker/webhooks/execution_configuration / webhook_service test execution).
  it('test-webhook renders with the latest pact and verification of its integration, eventName test', async () => {
    const body =
      '{"eventName":"${pactbroker.eventName}","consumerVersion":"${pactbroker.consumerVersionNumber}",' +
      '"providerVersion":"${pactbroker.providerVersionNumber}","status":"${pactbroker.githubVerificationStatus}",' +
      '"pactUrl":"${pactbroker.pactUrl}"}';
    await ok(
      'broker',
      'create-webhook',
      `${receiverUrl}/tested`,
      '--request',
      'POST',
      '--data',
      body,
      '--consumer',
      'web',
      '--provider',
      'inventory',
      '--contract-content-changed',
      '--description',
      'to test',
    );
    const hooks = await broker.api({ method: 'GET', url: '/webhooks' });
    const hook = hooks
      .json<{ items: Array<{ id: number; description: string | null }> }>()
      .items.find((item) => item.description === 'to test');
    await ok('broker', 'test-webhook', '--uuid', String(hook?.id));
    const delivered = await requestTo('/tested');
    expect(delivered.body).toMatchObject({
      eventName: 'test',
      consumerVersion: 'w2',
      providerVersion: 'p3',
      status: 'success',
    });
    expect(delivered.body['pactUrl']).toMatch(
      new RegExp(`^${url}/pacts/provider/inventory/consumer/web/pact-version/[0-9a-f]+/metadata/[\\w-]+$`),
    );
  });
  // Pact Broker: `create-or-update-webhook --uuid` PUTs /webhooks/{uuid}; a uuid it does not know creates the
  // webhook under that uuid (spec/features/create_webhook_with_uuid_spec.rb), and webhooks are named by uuid.
  it('creates a webhook under a new uuid with create-or-update-webhook, then updates it by that uuid', async () => {
    const uuid = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const upsert = (description: string) =>
      ok(
        'broker',
        'create-or-update-webhook',
        `${receiverUrl}/by-uuid`,
        '--uuid',
        uuid,
        '--request',
        'POST',
        '--provider',
        'inventory',
        '--contract-content-changed',
        '--description',
        description,
      );
    await upsert('chosen uuid');
    const read = await broker.app.inject({ method: 'GET', url: `/webhooks/${uuid}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ uuid, description: 'chosen uuid' });
    await upsert('chosen uuid, updated');
    const listed = await broker.api({ method: 'GET', url: '/webhooks' });
    const mine = listed
      .json<{ items: Array<{ id: number; description: string | null }> }>()
      .items.filter((item) => item.description?.startsWith('chosen uuid'));
    expect(mine.map((item) => item.description)).toEqual(['chosen uuid, updated']);
    // /api/v1 keeps its numeric id for the same webhook.
    expect((await broker.api({ method: 'GET', url: `/webhooks/${mine[0]?.id}` })).statusCode).toBe(200);
    const all = await broker.app.inject({ method: 'GET', url: '/webhooks' });
    const uuids = all.json<{ _embedded: { webhooks: Array<{ uuid: string }> } }>()._embedded.webhooks;
    expect(uuids.every((webhook) => /^[A-Za-z0-9_-]{16,}$/.test(webhook.uuid))).toBe(true);
    const tested = await ok('broker', 'test-webhook', '--uuid', uuid);
    expect(tested.stdout).toContain(`${url}/webhooks/${uuid}/execute`);
    await requestTo('/by-uuid');
  });
});

/**
 * Which Pact events a publication or verification fires, how often, and for which provider versions, driven
 * by the real `pact broker` / `pact verifier` against a listening broker posting to a real receiver.
 */
describe('real pact webhooks against Signet (which events fire, per name and per required provider version)', () => {
  let h: PactWebhookHarness;
  beforeAll(async () => {
    h = await startPactWebhookHarness();
  });
  afterAll(() => h?.close());

  const ok = async (result: Promise<CliResult> | CliResult) => {
    const done = await result;
    expect(done.code, `${done.stdout}\n${done.stderr}`).toBe(0);
    return done;
  };
  const broker = (...args: string[]) => ok(h.pact('broker', ...args));
  /** The deliveries queued for the webhook posting to `path` (queued in the publishing transaction). */
  const deliveriesTo = async (path: string) => {
    const hooks = await h.broker.api({ method: 'GET', url: '/webhooks' });
    const hook = hooks
      .json<{ items: Array<{ id: number; url: string }> }>()
      .items.find((item) => item.url === `${h.receiverUrl}${path}`);
    const deliveries = await h.broker.api({ method: 'GET', url: `/webhooks/${hook?.id}/deliveries` });
    return deliveries.json<{ items: unknown[] }>().items.length;
  };
  const hook = (path: string, variables: string[], ...flags: string[]) =>
    broker(
      'create-webhook',
      `${h.receiverUrl}${path}`,
      '--request',
      'POST',
      '--data',
      `{${variables.map((name) => `"${name}":"\${pactbroker.${name}}"`).join(',')}}`,
      ...flags,
    );
  const byProviderVersion = (requests: ReceivedWebhook[]) =>
    requests
      .map((request) => request.body)
      .sort((a, b) => (a['providerVersionNumber'] ?? '').localeCompare(b['providerVersionNumber'] ?? ''));

  // Pact Broker: `contract_requiring_verification_published` is triggered once per provider version that must
  // verify the new pact — the head of the main branch, each deployed version, each released and supported one
  // — and has not verified its content yet, with that version's number, branch and descriptions
  // (lib/pact_broker/webhooks/trigger_service.rb expand_events_for_required_verifications;
  // verifications/service.rb calculate_required_verifications_for_pact).
  it('fires contract_requiring_verification_published per required provider version not yet verified', async () => {
    await broker('create-or-update-pacticipant', '--name', 'stock', '--main-branch', 'main');
    await broker('create-environment', '--name', 'production');
    await broker('create-environment', '--name', 'test');
    const version = (number: string, branch: string) =>
      broker('create-or-update-version', '--pacticipant', 'stock', '--version', number, '--branch', branch);
    const place = (command: string, number: string, environment: string) =>
      broker(command, '--pacticipant', 'stock', '--version', number, '--environment', environment);
    await version('s0', 'release-1');
    await place('record-release', 's0', 'production');
    await version('s1', 'main');
    await place('record-deployment', 's1', 'production');
    await version('s2', 'main');
    await place('record-deployment', 's2', 'test');
    await hook(
      '/requiring',
      [
        'eventName',
        'providerVersionNumber',
        'providerVersionBranch',
        'providerVersionDescriptions',
        'consumerVersionNumber',
        'pactUrl',
      ],
      '--provider',
      'stock',
      '--contract-requiring-verification-published',
    );

    await ok(h.publish('shop', 'stock', 'shop', 'h1', '--branch', 'main'));
    expect(await deliveriesTo('/requiring')).toBe(3);
    const first = byProviderVersion(await h.requestsTo('/requiring', 3));
    const event = { eventName: 'contract_requiring_verification_published', consumerVersionNumber: 'h1' };
    expect(first).toEqual([
      expect.objectContaining({
        ...event,
        providerVersionNumber: 's0',
        providerVersionBranch: 'release-1',
        providerVersionDescriptions: 'released in production',
      }),
      expect.objectContaining({
        ...event,
        providerVersionNumber: 's1',
        providerVersionBranch: 'main',
        providerVersionDescriptions: 'deployed in production',
      }),
      expect.objectContaining({
        ...event,
        providerVersionNumber: 's2',
        providerVersionBranch: 'main',
        providerVersionDescriptions: 'latest from main branch, deployed in test',
      }),
    ]);

    // The provider build for s2 verifies the pact it was sent; the same content published again needs only
    // the other two versions.
    await ok(h.verify(first[2]?.['pactUrl'] ?? '', 'stock', 's2', '--provider-branch', 'main'));
    await ok(h.publish('shop', 'stock', 'shop', 'h2', '--branch', 'main'));
    expect(await deliveriesTo('/requiring')).toBe(5);
    const second = byProviderVersion((await h.requestsTo('/requiring', 5)).slice(3));
    expect(second.map((body) => [body['providerVersionNumber'], body['consumerVersionNumber']])).toEqual([
      ['s0', 'h2'],
      ['s1', 'h2'],
    ]);

    // Once every required version verified the content, a publication of it triggers nothing.
    for (const body of second)
      await ok(h.verify(body['pactUrl'] ?? '', 'stock', body['providerVersionNumber'] ?? ''));
    await ok(h.publish('shop', 'stock', 'shop', 'h3', '--branch', 'main'));
    expect(await deliveriesTo('/requiring')).toBe(5);
  });

  // Pact Broker: each event a publication or verification raises triggers the webhooks subscribed to it, so a
  // webhook listing several fires once per event, eventName as listed; `contract_content_changed` fires only
  // when the content differs from the previous version's pact (lib/pact_broker/pacts/service.rb create_pact,
  // webhooks/event_listener.rb, verifications/service.rb broadcast_events).
  it('fires once per subscribed event name, contract_content_changed only when the content changed', async () => {
    await hook(
      '/several',
      ['eventName', 'consumerVersionNumber', 'providerVersionNumber', 'pactUrl'],
      '--provider',
      'ledger',
      '--contract-published',
      '--contract-content-changed',
      '--provider-verification-published',
      '--provider-verification-succeeded',
    );
    const names = async (count: number) =>
      (await h.requestsTo('/several', count))
        .slice(-2)
        .map((request) => `${request.body['eventName']} ${request.body['consumerVersionNumber']}`)
        .sort();

    await ok(h.publish('books', 'ledger', 'b1', 'k1'));
    expect(await deliveriesTo('/several')).toBe(2);
    expect(await names(2)).toEqual(['contract_content_changed k1', 'contract_published k1']);

    await ok(h.publish('books', 'ledger', 'b1', 'k2'));
    expect(await deliveriesTo('/several')).toBe(3);
    expect((await h.requestsTo('/several', 3))[2]?.body['eventName']).toBe('contract_published');

    await ok(h.publish('books', 'ledger', 'b2', 'k3'));
    expect(await deliveriesTo('/several')).toBe(5);
    expect(await names(5)).toEqual(['contract_content_changed k3', 'contract_published k3']);

    // One verification: provider_verification_published and provider_verification_succeeded.
    const pactUrl = (await h.requestsTo('/several', 5))[4]?.body['pactUrl'] ?? '';
    await ok(h.verify(pactUrl, 'ledger', 'l1'));
    expect(await deliveriesTo('/several')).toBe(7);
    const verified = (await h.requestsTo('/several', 7)).slice(-2).map((request) => request.body);
    expect(verified.map((body) => body['eventName']).sort()).toEqual([
      'provider_verification_published',
      'provider_verification_succeeded',
    ]);
    expect(verified.every((body) => body['providerVersionNumber'] === 'l1')).toBe(true);
  });

  // Pact Broker: `${pactbroker.pactUrl}` carries metadata naming the consumer version the pact was published
  // for (lib/pact_broker/pacts/metadata.rb build_metadata_for_webhook_triggered_by_pact_publication: its number
  // and tags); Signet adds the version's branch. The verifier given that URL verifies the pact and publishes.
  it('puts the consumer version, its branch and tags in the pactUrl metadata, and the verifier accepts it', async () => {
    await hook(
      '/metadata',
      ['pactUrl', 'consumerVersionBranch'],
      '--provider',
      'shelf',
      '--contract-published',
    );
    await ok(h.publish('cart', 'shelf', 'cart', 'c1', '--branch', 'feat-x', '--tag', 't1'));
    const [delivered] = await h.requestsTo('/metadata');
    const pactUrl = delivered?.body['pactUrl'] ?? '';
    expect(delivered?.body['consumerVersionBranch']).toBe('feat-x');
    const metadata = /\/metadata\/([\w-]+)$/.exec(pactUrl)?.[1] ?? '';
    expect(JSON.parse(Buffer.from(metadata, 'base64url').toString('utf8'))).toEqual({
      v: ['c1'],
      p: 0,
      w: 0,
      b: 'feat-x',
      t: ['t1'],
    });
    await ok(h.verify(pactUrl, 'shelf', 'f1'));
    const results = await h.broker.api({ method: 'GET', url: '/services/shelf/versions/f1/verifications' });
    expect(results.json<{ items: Array<{ success: boolean }> }>().items).toEqual([
      expect.objectContaining({ success: true }),
    ]);
  });

  // Pact Broker: the commit statuses are `pending`/`INPROGRESS` while the pact has no verification, and follow
  // the verification that triggered the webhook — or, for a contract event, the pact's latest one
  // (lib/pact_broker/webhooks/pact_and_verification_parameters.rb github_/bitbucket_verification_status).
  it('renders githubVerificationStatus pending, then failure for a failed verification and the next publication', async () => {
    const variables = [
      'eventName',
      'githubVerificationStatus',
      'bitbucketVerificationStatus',
      'azureDevOpsVerificationStatus',
      'gitlabVerificationStatus',
      'providerVersionNumber',
      'pactUrl',
    ];
    await hook(
      '/status',
      variables,
      '--provider',
      'depot',
      '--contract-published',
      '--provider-verification-failed',
    );
    await ok(h.publish('van', 'depot', 'van', 'v1'));
    const [published] = await h.requestsTo('/status');
    expect(published?.body).toMatchObject({
      eventName: 'contract_published',
      githubVerificationStatus: 'pending',
      bitbucketVerificationStatus: 'INPROGRESS',
      azureDevOpsVerificationStatus: 'pending',
      gitlabVerificationStatus: 'pending',
      providerVersionNumber: '',
    });
    h.providerAnswersCorrectly = false;
    try {
      const failed = await h.verify(published?.body['pactUrl'] ?? '', 'depot', 'd1');
      expect(failed.code, failed.stdout + failed.stderr).not.toBe(0);
    } finally {
      h.providerAnswersCorrectly = true;
    }
    const [, verification] = await h.requestsTo('/status', 2);
    expect(verification?.body).toMatchObject({
      eventName: 'provider_verification_failed',
      githubVerificationStatus: 'failure',
      bitbucketVerificationStatus: 'FAILED',
      azureDevOpsVerificationStatus: 'failed',
      gitlabVerificationStatus: 'failed',
      providerVersionNumber: 'd1',
    });
    await ok(h.publish('van', 'depot', 'van', 'v2'));
    const [, , republished] = await h.requestsTo('/status', 3);
    expect(republished?.body).toMatchObject({
      eventName: 'contract_published',
      githubVerificationStatus: 'failure',
      providerVersionNumber: 'd1',
    });
  });

  // Pact Broker: tags are listed joined by ", " — the consumer version's, and the provider version's the event
  // is about (pact_and_verification_parameters.rb consumer_version_tags / provider_version_tags); for a
  // required verification, Signet lists the required provider version's tags.
  it('renders consumerVersionTags and providerVersionTags, joined by ", "', async () => {
    await broker('create-or-update-pacticipant', '--name', 'crate', '--main-branch', 'main');
    await broker('create-or-update-version', '--pacticipant', 'crate', '--version', 'r1', '--branch', 'main');
    for (const tag of ['stable', 'blue'])
      await broker('create-version-tag', '--pacticipant', 'crate', '--version', 'r1', '--tag', tag);
    await hook(
      '/tags',
      ['consumerVersionTags', 'providerVersionTags', 'providerVersionNumber', 'providerVersionDescriptions'],
      '--provider',
      'crate',
      '--contract-requiring-verification-published',
    );
    await ok(h.publish('till', 'crate', 'till', 'u1', '--tag', 'b', 'a'));
    expect((await h.requestsTo('/tags'))[0]?.body).toEqual({
      consumerVersionTags: 'a, b',
      providerVersionTags: 'blue, stable',
      providerVersionNumber: 'r1',
      providerVersionDescriptions: 'latest from main branch',
    });
  });
});
