import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import '../testing/provided-context.js';
import { openApiSpec } from '../testing/documents.js';
import { startBrokerProcess, type BrokerProcess } from '../testing/broker-process.js';
import { post, testWebhookEnv } from './testing/process-helpers.js';
import { startReceiver, type ReceiverProcess } from './testing/receiver-process.js';

const secret = 'a-shared-secret-for-tests';

// Real processes: the built broker on an embedded database, killed without warning mid-delivery.
describe('a broker killed with SIGKILL mid-delivery', () => {
  let root: string;
  let receiver: ReceiverProcess;
  let broker: BrokerProcess | undefined;
  afterAll(async () => {
    await broker?.kill('SIGTERM');
    await receiver?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('delivers the event after a restart, with the same event id', async () => {
    root = await mkdtemp(join(tmpdir(), 'signet-webhook-crash-'));
    const dataDir = join(root, 'data');
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
    receiver = await startReceiver({ secret });
    await receiver.setMode('hold');
    broker = await startBrokerProcess(['--data-dir', dataDir], testWebhookEnv);
    const hook = await post<{ id: number }>(broker.api, '/webhooks', {
      events: ['spec.published'],
      url: `${receiver.url}/hook`,
      secret,
    });
    await post(broker.api, '/services/inventory/specs', {
      content: openApiSpec('inventory', [['get', '/items']]),
    });
    const [held] = await receiver.waitFor(1);
    await broker.kill('SIGKILL');

    await receiver.setMode('ok');
    broker = await startBrokerProcess(['--data-dir', dataDir], testWebhookEnv);
    // The dead process's lease (timeout + 5 s) runs out, then the restarted worker sends it again.
    const [, again] = await receiver.waitFor(2, 30_000);
    expect(again).toMatchObject({ eventId: held!.eventId, eventType: 'spec.published', verified: 'ok' });
    const deliveries = await fetch(`${broker.api}/webhooks/${hook.id}/deliveries`);
    const [delivery] = ((await deliveries.json()) as { items: Array<{ id: number }> }).items;
    const detail = await (await fetch(`${broker.api}/webhooks/${hook.id}/deliveries/${delivery!.id}`)).json();
    // The first attempt died with its process: only the second is logged.
    expect(detail).toMatchObject({ state: 'delivered', attempts: 2, log: [{ attempt: 2, succeeded: true }] });
  });
});
