import { createServer, type Server } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startReceiver, type ReceiverProcess } from './testing/receiver-process.js';
import { startWebhookTestBroker, type WebhookTestBroker } from './testing/webhook-test-broker.js';

const secret = 'a-shared-secret-for-tests';

interface DeliveryDetail {
  eventId: string;
  state: string;
  attempts: number;
  log: Array<{
    attempt: number;
    startedAt: string;
    succeeded: boolean;
    responseStatus: number | null;
    error: string | null;
  }>;
}

/** A free port with nothing listening on it (a receiver that is down). */
async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A real receiver process; the broker in-process with its delivery worker.
describe('webhook delivery to a receiver process', () => {
  let broker: WebhookTestBroker;
  let receiver: ReceiverProcess | undefined;
  // Short schedule: 200 ms, 400 ms, 800 ms … capped at 1 s, 8 attempts.
  beforeAll(async () => {
    broker = await startWebhookTestBroker({
      schedule: { initialDelayMs: 200, maxDelayMs: 1_000, maxAttempts: 8 },
      timeoutMs: 2_000,
      pollMs: 200,
    });
  });
  afterEach(() => receiver?.stop());
  afterAll(() => broker.close());

  const subscribe = async (url: string, payload: object = {}) =>
    (await broker.api({ method: 'POST', url: '/webhooks', payload: { url, secret, ...payload } })).json<{
      id: number;
    }>();
  const deliveryLog = async (id: number) => {
    const [latest] = (await broker.api({ method: 'GET', url: `/webhooks/${id}/deliveries` })).json<{
      items: Array<{ id: number }>;
    }>().items;
    return (
      await broker.api({ method: 'GET', url: `/webhooks/${id}/deliveries/${latest!.id}` })
    ).json<DeliveryDetail>();
  };

  it('delivers a signed event the receiver verifies, promptly, and logs it', async () => {
    receiver = await startReceiver({ secret });
    const hook = await subscribe(`${receiver.url}/hooks/\${signet.service}`, {
      events: ['deployment.recorded'],
      body: { text: '${signet.service} ${signet.version} is in ${signet.environment}' },
    });
    await given(broker)
      .environment('production')
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .build();
    const published = Date.now();
    await given(broker).deployed('inventory', 'i1', 'production').build();
    const [webhook] = await receiver.waitFor(1);
    expect(webhook!.receivedAt - published).toBeLessThan(1_000);
    expect(webhook).toMatchObject({ eventType: 'deployment.recorded', verified: 'ok' });
    expect(JSON.parse(webhook!.body)).toEqual({ text: 'inventory i1 is in production' });
    expect(webhook!.headers['signet-timestamp']).toMatch(/^\d{10}$/);
    const log = await deliveryLog(hook.id);
    expect(log).toMatchObject({ eventId: webhook!.eventId, state: 'delivered', attempts: 1 });
    expect(log.log).toEqual([expect.objectContaining({ succeeded: true, responseStatus: 204, error: null })]);
  });

  it('retries with growing delays while the receiver is down, and delivers when it is back', async () => {
    const port = await freePort();
    const hook = await subscribe(`http://127.0.0.1:${port}/`, {
      events: ['verification.succeeded'],
      service: 'inventory',
    });
    await given(broker).verified('inventory', 'i1').build();
    // Let three attempts fail (nothing listens), then bring the receiver up on that port.
    const deadline = Date.now() + 10_000;
    while ((await deliveryLog(hook.id)).log.length < 3 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    receiver = await startReceiver({ secret, port });
    const [webhook] = await receiver.waitFor(1);
    expect(webhook).toMatchObject({ eventType: 'verification.succeeded', verified: 'ok' });
    await new Promise((r) => setTimeout(r, 200));
    const log = await deliveryLog(hook.id);
    expect(log.state).toBe('delivered');
    expect(log.eventId).toBe(webhook!.eventId);
    const failed = log.log.filter((attempt) => !attempt.succeeded);
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(failed[0]!.error).toContain('ECONNREFUSED');
    // Jittered exponential backoff: the n-th wait is at least half of 200 ms · 2^(n−1).
    const starts = log.log.map((attempt) => Date.parse(attempt.startedAt));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(100);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(200);
    expect(log.log.at(-1)).toMatchObject({ succeeded: true, attempt: log.log.length });
  });

  it('marks a delivery failed after the last attempt, and sends a test ping on request', async () => {
    receiver = await startReceiver({ secret });
    await receiver.setMode('fail');
    const hook = await subscribe(receiver.url, { events: ['spec.published'], service: 'payments' });
    await given(broker)
      .spec('payments', [['get', '/payments/{id}']])
      .build();
    await receiver.waitFor(8, 15_000);
    await new Promise((r) => setTimeout(r, 300));
    const log = await deliveryLog(hook.id);
    expect(log).toMatchObject({ state: 'failed', attempts: 8 });
    expect(log.log.map((attempt) => attempt.responseStatus)).toEqual(Array(8).fill(503));

    await receiver.setMode('ok');
    const ping = await broker.api({ method: 'POST', url: `/webhooks/${hook.id}/test` });
    expect(ping.json()).toMatchObject({ eventType: 'ping', state: 'delivered', log: [{ succeeded: true }] });
    expect((await receiver.received()).at(-1)).toMatchObject({ eventType: 'ping', verified: 'ok' });
  });
});
