import type { Webhook } from '@signet/client';
import type { DemoWorld, Say } from './demo-world.js';
import { inventory } from './names.js';
import type { WebhookInbox } from './webhooks/inbox.js';
import { sign, type SignatureCheck } from './webhooks/verify-signature.js';

/** Step 5's outcome: the subscription as the broker shows it, and the test ping's reception. */
export interface Subscribed {
  subscription: Webhook;
  /** `signet webhook test`'s exit code (0: delivered) and how shopping_cart's endpoint judged the ping. */
  ping: { exitCode: number; check: SignatureCheck | 'not received' };
}

/**
 * Step 5: shopping_cart subscribes its own endpoint to "inventory_service verification succeeded" with
 * `signet webhook create`, then checks the wiring with `signet webhook test` (a signed ping).
 */
export async function subscribeShoppingCart(
  world: DemoWorld,
  inbox: WebhookInbox,
  endpoint: string,
): Promise<Subscribed> {
  const created = await world.signet([
    'webhook',
    'create',
    '--url',
    endpoint,
    '--event',
    'verification.succeeded',
    '--service',
    inventory,
    '--secret',
    inbox.secret,
    '--description',
    'shopping_cart: re-check the deploy guard of cart-2.0',
  ]);
  const id = /created webhook (\d+)/.exec(created.stdout)?.[1];
  if (id === undefined) throw new Error(`no webhook id in:\n${created.stdout}`);
  await world.signet(['webhook', 'list']);
  const ping = await world.signet(['webhook', 'test', id], [0, 1]);
  const received = inbox.received.find((request) => request.eventType === 'ping');
  return {
    subscription: await world.views.webhook(Number(id)),
    ping: { exitCode: ping.code, check: received?.check ?? 'not received' },
  };
}

/** Step 7's outcome: what shopping_cart's endpoint received, and what the broker's delivery log says. */
export interface Delivered {
  /** The event shopping_cart processed (the default JSON body): name and what it is about. */
  event: { event: string } & Partial<
    Record<'service' | 'version' | 'provider' | 'providerVersion' | 'status', string>
  >;
  /** Every request for that event id, in order: signature check and the status answered. */
  requests: Array<{ check: SignatureCheck; status: number }>;
  /** The broker's log of the delivery: its state, attempts, and each attempt's response status. */
  log: { deliveries: number; state: string; attempts: number; statuses: Array<number | null> };
  /** What the endpoint answered to copies of the delivery: a replay, a stale one, a tampered one. */
  copies: { replayed: number; stale: number; tampered: number; processedOnce: boolean };
}

/**
 * Step 7: waits for the verification event at shopping_cart's endpoint (the first attempt was answered 503, so
 * the broker had to retry), shows the delivery log with `signet webhook deliveries`, and sends the endpoint a
 * replayed, a stale and a tampered copy to show what it accepts.
 */
export async function checkDelivery(
  world: DemoWorld,
  inbox: WebhookInbox,
  subscription: Webhook,
  say: Say,
): Promise<Delivered> {
  const accepted = await inbox.accepted((request) => request.eventType === 'verification.succeeded', 30_000);
  const requests = inbox.received
    .filter((request) => request.eventId === accepted.eventId)
    .map(({ check, status }) => ({ check, status }));
  const event = inbox.processed.get(accepted.eventId) as { event: string; data: Record<string, string> };
  say(
    `shopping_cart's endpoint received ${event.event} for ${event.data.service}@${event.data.version} ` +
      `(event ${accepted.eventId}): ${requests.map((r) => `signature ${r.check} → ${r.status}`).join(', ')}`,
  );

  const deliveries = await world.views.settledDeliveries(subscription.id);
  const delivery = deliveries.find((candidate) => candidate.eventId === accepted.eventId);
  if (delivery === undefined) throw new Error(`no delivery of event ${accepted.eventId} in the broker's log`);
  await world.signet(['webhook', 'deliveries', String(subscription.id)]);
  await world.signet(['webhook', 'deliveries', String(subscription.id), '--delivery', String(delivery.id)]);

  const copies = await sendCopies(subscription.url, inbox, accepted.raw);
  say(
    `copies sent to shopping_cart's endpoint: the same delivery again → ${copies.replayed} (processed once: ` +
      `${copies.processedOnce}), signed 10 minutes ago → ${copies.stale}, body changed → ${copies.tampered}`,
  );
  return {
    event: { event: event.event, ...event.data },
    requests,
    log: {
      deliveries: deliveries.filter((candidate) => candidate.kind !== 'ping').length,
      state: delivery.state,
      attempts: delivery.attempts,
      statuses: delivery.log.map((attempt) => attempt.responseStatus),
    },
    copies,
  };
}

/** Sends the endpoint copies of an accepted delivery, as a replaying attacker (or a duplicate) would. */
async function sendCopies(
  url: string,
  inbox: WebhookInbox,
  raw: { headers: Record<string, string | string[] | undefined>; text: string },
): Promise<Delivered['copies']> {
  const headers = Object.fromEntries(
    Object.entries(raw.headers).filter(
      (entry): entry is [string, string] => entry[0].startsWith('signet-') && typeof entry[1] === 'string',
    ),
  );
  const post = async (extra: Record<string, string>, body = raw.text) =>
    (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...extra },
        body,
      })
    ).status;
  const replayed = await post({});
  const old = String(Math.floor(Date.now() / 1000) - 600);
  const stale = await post({
    'signet-timestamp': old,
    'signet-signature': `v1=${sign(inbox.secret, old, raw.text)}`,
  });
  const tampered = await post({}, raw.text.replace('succeeded', 'failed'));
  const eventId = headers['signet-event-id'] ?? '';
  const processedOnce = inbox.received.filter((r) => r.eventId === eventId && r.firstTime).length === 1;
  return { replayed, stale, tampered, processedOnce };
}
