import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { given } from '../testing/builder.js';
import { pactContract } from '../testing/documents.js';
import { startTestBroker } from '../testing/test-broker.js';
import { createSubscriptionInput } from './subscription-input.js';
import { startWebhookTestBroker, type WebhookTestBroker } from './testing/webhook-test-broker.js';

interface Delivery {
  id: number;
  eventId: string;
  eventType: string;
  state: string;
  attempts: number;
}

describe('/api/v1/webhooks', () => {
  let broker: WebhookTestBroker;
  // No worker: queued deliveries stay pending, so the outbox can be inspected.
  beforeAll(async () => {
    broker = await startWebhookTestBroker({}, { worker: false });
  });
  afterAll(() => broker.close());

  const create = (payload: object) => broker.api({ method: 'POST', url: '/webhooks', payload });
  const deliveries = async (id: number) =>
    (await broker.api({ method: 'GET', url: `/webhooks/${id}/deliveries` })).json<{ items: Delivery[] }>()
      .items;

  it('creates, reads, lists, updates and deletes subscriptions, never showing secrets', async () => {
    const created = await create({
      events: ['verification.succeeded'],
      service: 'inventory',
      url: 'https://hooks.example/${signet.provider}',
      headers: { Authorization: 'Bearer hunter2-token', 'X-Team': 'cart' },
      secret: 'sixteen-char-secret',
      body: { text: '${signet.provider} ${signet.providerVersion} verified' },
    });
    expect(created.statusCode).toBe(201);
    const webhook = created.json();
    expect(webhook).toMatchObject({
      method: 'POST',
      events: ['verification.succeeded'],
      headers: { Authorization: '[redacted]', 'X-Team': 'cart' },
      body: '{"text":"${signet.provider} ${signet.providerVersion} verified"}',
      hasSecret: true,
      enabled: true,
    });
    expect(created.body).not.toContain('hunter2');
    expect(created.body).not.toContain('sixteen-char-secret');

    const patched = await broker.api({
      method: 'PATCH',
      url: `/webhooks/${webhook.id}`,
      payload: { enabled: false, headers: { ...webhook.headers, 'X-Team': 'ads' }, service: null },
    });
    expect(patched.json()).toMatchObject({ enabled: false, service: null, headers: { 'X-Team': 'ads' } });
    // The redacted header sent back kept its stored value.
    const stored = await broker.deps.store.webhooks.subscriptions.find(webhook.id);
    expect(stored?.headers['Authorization']).toBe('Bearer hunter2-token');

    const listed = (await broker.api({ method: 'GET', url: '/webhooks' })).json<{
      items: Array<{ id: number }>;
    }>();
    expect(listed.items.map((item) => item.id)).toEqual([webhook.id]);
    expect((await broker.api({ method: 'DELETE', url: `/webhooks/${webhook.id}` })).statusCode).toBe(204);
    expect((await broker.api({ method: 'GET', url: `/webhooks/${webhook.id}` })).json()).toMatchObject({
      code: 'webhook.not-found',
    });
  });

  it('refuses unknown events, non-http URLs and headers Signet sets', async () => {
    const refused = await create({ events: ['spec.publishd'], url: 'ftp://x' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ issues: Array<{ path: string }> }>().issues.map((issue) => issue.path)).toEqual([
      'body.events.0',
      'body.url',
    ]);
    const reserved = await create({
      events: ['spec.published'],
      url: 'http://x',
      headers: { 'Signet-Signature': 'x' },
    });
    expect(reserved.statusCode).toBe(400);
  });

  it('queues a delivery with each event, in its transaction, for the subscriptions that fire', async () => {
    const forCart = (
      await create({
        events: ['contract.published', 'comparison.succeeded'],
        service: 'cart',
        url: 'http://127.0.0.1:9/a',
      })
    ).json();
    const forAds = (
      await create({ events: ['contract_published'], consumer: 'ads', url: 'http://127.0.0.1:9/b' })
    ).json();
    await given(broker)
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']], { branch: 'main' })
      .build();
    const queued = await deliveries(forCart.id);
    expect(queued.map((d) => [d.eventType, d.state, d.attempts])).toEqual([
      ['comparison.succeeded', 'pending', 0],
      ['contract.published', 'pending', 0],
    ]);
    expect(await deliveries(forAds.id)).toEqual([]);
    // The comparison's event names both sides and the publishing version, for templates and filters.
    const compared = (await broker.api({ method: 'GET', url: '/events?type=comparison.succeeded' })).json<{
      items: Array<{ payload: object }>;
    }>().items;
    expect(compared[0]?.payload).toMatchObject({
      consumer: 'cart',
      provider: 'inventory',
      consumerVersion: 'c1',
      consumerBranch: 'main',
      status: 'compatible',
    });

    // A refused publication (content changed: 409) rolls back: no event, no delivery.
    const conflict = await broker.api({
      method: 'POST',
      url: '/contracts',
      payload: {
        content: pactContract('cart', 'inventory', [['get', '/gadgets/{id}']]),
        consumerVersion: 'c1',
      },
    });
    expect(conflict.statusCode).toBe(409);
    expect(await deliveries(forCart.id)).toHaveLength(2);
  });

  it('redelivers an event as a new delivery with the same event id', async () => {
    const subscription = (await broker.api({ method: 'GET', url: '/webhooks' })).json().items[0];
    const [latest] = await deliveries(subscription.id);
    const again = await broker.api({
      method: 'POST',
      url: `/webhooks/${subscription.id}/deliveries/${latest!.id}/redeliver`,
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ eventId: latest!.eventId, kind: 'redelivery', state: 'pending' });
    const missing = await broker.api({
      method: 'POST',
      url: `/webhooks/${subscription.id}/deliveries/999999/redeliver`,
    });
    expect(missing.json()).toMatchObject({ code: 'webhook-delivery.not-found' });
  });

  it('refuses on save a URL the SSRF guard would refuse at delivery (problem+json, nothing stored)', async () => {
    const before = (await broker.api({ method: 'GET', url: '/webhooks' })).json().items.length;
    for (const url of [
      'http://10.0.0.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/',
      'http://[::ffff:10.1.2.3]/',
    ]) {
      const refused = await create({ events: ['spec.published'], url });
      expect(refused.statusCode, url).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json(), url).toMatchObject({
        code: 'webhook.destination-refused',
        detail: expect.stringContaining('SIGNET_WEBHOOK_ALLOWED_HOSTS'),
      });
    }
    expect((await broker.api({ method: 'GET', url: '/webhooks' })).json().items).toHaveLength(before);

    // A change of URL is checked too; the allow-list (127.0.0.1 here) and a placeholder host are let through.
    const allowed = await create({ events: ['spec.published'], url: 'http://127.0.0.1:9/ok' });
    expect(allowed.statusCode).toBe(201);
    const templated = await create({ events: ['spec.published'], url: 'https://${signet.provider}/x' });
    expect(templated.statusCode).toBe(201);
    const moved = await broker.api({
      method: 'PATCH',
      url: `/webhooks/${allowed.json().id}`,
      payload: { url: 'http://192.168.1.10/hook' },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().code).toBe('webhook.destination-refused');
    const kept = (await broker.api({ method: 'GET', url: `/webhooks/${allowed.json().id}` })).json();
    expect(kept.url).toBe('http://127.0.0.1:9/ok');
  });

  it('refuses a test ping to a private address not on the allow-list, and logs why', async () => {
    // Stored before the allow-list changed (saving it now is refused): delivery checks again.
    const internal = await broker.deps.store.webhooks.subscriptions.create(
      createSubscriptionInput.parse({ events: ['spec.published'], url: 'http://10.0.0.1/hook' }),
    );
    const ping = await broker.api({ method: 'POST', url: `/webhooks/${internal.id}/test` });
    expect(ping.json()).toMatchObject({
      eventType: 'ping',
      state: 'failed',
      attempts: 1,
      log: [{ succeeded: false, responseStatus: null, error: expect.stringContaining('private') }],
    });
  });
});

describe('/api/v1/webhooks on a broker that allows no private address', () => {
  it('refuses localhost and *.localhost on save (they resolve to loopback), by name', async () => {
    const broker = await startTestBroker();
    try {
      for (const url of ['http://localhost:9/${signet.provider}', 'http://api.localhost./']) {
        const refused = await broker.api({
          method: 'POST',
          url: '/webhooks',
          payload: { events: ['spec.published'], url },
        });
        expect(refused.statusCode, url).toBe(400);
        expect(refused.json().detail).toBe(
          `url: ${new URL(url.replace('${signet.provider}', '')).hostname} is a loopback address; allow it with SIGNET_WEBHOOK_ALLOWED_HOSTS`,
        );
      }
    } finally {
      await broker.close();
    }
  });
});

describe('/api/v1/webhooks with authentication', () => {
  it('is for admins only', async () => {
    const admin = 'bootstrap-admin-token-for-tests';
    const broker = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken(admin) } });
    try {
      const as = (token: string) => ({ authorization: `Bearer ${token}` });
      const write = (
        await broker.api({
          method: 'POST',
          url: '/tokens',
          headers: as(admin),
          payload: { name: 'ci', role: 'write' },
        })
      ).json().token;
      expect((await broker.api({ method: 'GET', url: '/webhooks', headers: as(write) })).statusCode).toBe(
        403,
      );
      expect((await broker.api({ method: 'GET', url: '/webhooks', headers: as(admin) })).statusCode).toBe(
        200,
      );
    } finally {
      await broker.close();
    }
  });
});
