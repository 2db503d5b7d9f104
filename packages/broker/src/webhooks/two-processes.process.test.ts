import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApiSpec } from '../testing/documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import { openPostgresTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startBrokerProcess, type BrokerProcess } from '../testing/broker-process.js';
import { post, testWebhookEnv } from './testing/process-helpers.js';
import { startReceiver, type ReceiverProcess } from './testing/receiver-process.js';

const secret = 'a-shared-secret-for-tests';
const EVENTS = 40;

// Two real broker processes share one database and its outbox; both workers claim with `skip locked`.
describeOnPostgres('webhook delivery from two broker processes', (serverUrl) => {
  let database: TestDatabase;
  let brokers: BrokerProcess[] = [];
  let receiver: ReceiverProcess;

  beforeAll(async () => {
    database = await openPostgresTestDatabase(serverUrl);
    receiver = await startReceiver({ secret });
    const args = ['--database-url', database.url!];
    brokers = await Promise.all([
      startBrokerProcess(args, testWebhookEnv),
      startBrokerProcess(args, testWebhookEnv),
    ]);
  });
  afterAll(async () => {
    await Promise.all(brokers.map((broker) => broker.kill('SIGTERM')));
    await receiver?.stop();
    await database?.close();
  });

  it('delivers each event once per subscription', async () => {
    const content = openApiSpec('inventory', [['get', '/items']]);
    await post(brokers[0]!.api, '/webhooks', {
      events: ['spec.published'],
      url: `${receiver.url}/a`,
      secret,
    });
    await post(brokers[1]!.api, '/webhooks', {
      events: ['spec.published'],
      url: `${receiver.url}/b`,
      secret,
    });
    // Publications alternate between the processes, two at a time, so both workers have work at once.
    for (let i = 0; i < EVENTS; i += 2) {
      await Promise.all([
        post(brokers[0]!.api, '/services/inventory/specs', { content, version: `v${i}` }),
        post(brokers[1]!.api, '/services/inventory/specs', { content, version: `v${i + 1}` }),
      ]);
    }
    await receiver.waitFor(2 * EVENTS, 30_000);
    // Settle: anything delivered twice would arrive now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const all = await receiver.received();
    expect(all).toHaveLength(2 * EVENTS);
    expect(new Set(all.map((webhook) => webhook.eventId)).size).toBe(2 * EVENTS);
    expect(all.every((webhook) => webhook.verified === 'ok')).toBe(true);
    const expected = Array.from({ length: EVENTS }, (_, i) => `v${i}`).sort();
    for (const path of ['/a', '/b']) {
      const versions = all
        .filter((webhook) => webhook.path === path)
        .map(
          (webhook) =>
            (JSON.parse(webhook.body) as { data: { providerVersion: string } }).data.providerVersion,
        );
      expect(versions.sort()).toEqual(expected);
    }
  });
});
