import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given, startReceiver, type ReceiverProcess, startWebhookTestBroker, type WebhookTestBroker } from '@signet/broker/testing';
import { runCli, scratchDir } from '../testing/cli-run.js';

const secret = 'cli-webhook-secret';

describe('signet webhook create | list | update | test | deliveries | redeliver | delete', () => {
  let broker: WebhookTestBroker;
  let receiver: ReceiverProcess;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let url: string;
  const signet = (...argv: string[]) => runCli(argv, scratch.dir, { SIGNET_BROKER_URL: url });

  beforeAll(async () => {
    broker = await startWebhookTestBroker({ pollMs: 200 });
    url = await broker.app.listen({ port: 0, host: '127.0.0.1' });
    receiver = await startReceiver({ secret });
    scratch = await scratchDir();
  });
  afterAll(async () => {
    await broker.close();
    await receiver.stop();
    await scratch.remove();
  });

  it('manages a webhook whose events arrive signed, and shows its deliveries', async () => {
    const created = await signet(
      'webhook',
      'create',
      '--url',
      `${receiver.url}/hook`,
      '--event',
      'spec.published',
      '--event',
      'deployment.recorded',
      '--service',
      'inventory',
      '--secret',
      secret,
      '--header',
      'Authorization: Bearer ci-token',
      '--body',
      '{"who":"${signet.service}"}',
      '--json',
    );
    expect(created.code).toBe(0);
    const hook = JSON.parse(created.stdout) as { id: number; headers: Record<string, string> };
    expect(hook.headers).toEqual({ Authorization: '[redacted]' });

    await given(broker)
      .spec('inventory', [['get', '/items']], { version: 'i1' })
      .build();
    const [webhook] = await receiver.waitFor(1);
    expect(webhook).toMatchObject({
      eventType: 'spec.published',
      verified: 'ok',
      body: '{"who":"inventory"}',
    });
    expect(webhook!.headers['authorization']).toBe('Bearer ci-token');

    const listed = await signet('webhook', 'list');
    expect(listed.stdout).toMatch(
      new RegExp(`^${hook.id}\\s+spec.published,deployment.recorded\\s+inventory\\s+POST`, 'm'),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const deliveries = await signet('webhook', 'deliveries', String(hook.id), '--json');
    const [delivery] = JSON.parse(deliveries.stdout) as Array<{ id: number; eventId: string; state: string }>;
    expect(delivery).toMatchObject({ eventId: webhook!.eventId, state: 'delivered' });
    const detail = await signet('webhook', 'deliveries', String(hook.id), '--delivery', String(delivery!.id));
    expect(detail.stdout).toContain(
      `delivery ${delivery!.id} of spec.published (event ${webhook!.eventId}): delivered`,
    );

    expect((await signet('webhook', 'redeliver', String(hook.id), String(delivery!.id))).code).toBe(0);
    const [, again] = await receiver.waitFor(2);
    expect(again!.eventId).toBe(webhook!.eventId);

    expect((await signet('webhook', 'update', String(hook.id), '--disable')).stdout).toBe(
      `updated webhook ${hook.id}\n`,
    );
    expect((await signet('webhook', 'test', String(hook.id))).code).toBe(0);
    await receiver.setMode('fail');
    const failedPing = await signet('webhook', 'test', String(hook.id));
    expect(failedPing.code).toBe(1);
    expect(failedPing.stdout).toContain('receiver answered 503');
    expect((await signet('webhook', 'delete', String(hook.id))).stdout).toBe(`deleted webhook ${hook.id}\n`);
    expect((await signet('webhook', 'list', '--json')).stdout).toBe('[]\n');
  });

  it('refuses bad flags before asking the broker, and the broker refuses unknown events', async () => {
    expect((await signet('webhook', 'create', '--url', 'http://x')).stderr).toContain(
      'give at least one --event',
    );
    expect(
      (
        await signet(
          'webhook',
          'create',
          '--url',
          'http://x',
          '--event',
          'spec.published',
          '--header',
          'nocolon',
        )
      ).code,
    ).toBe(2);
    expect((await signet('webhook', 'delete', 'abc')).code).toBe(2);
    const unknown = await signet('webhook', 'create', '--url', 'http://x', '--event', 'spec.publishd');
    expect(unknown.code).toBe(2);
  });
});
