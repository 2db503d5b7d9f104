import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySignetWebhook } from './verify-signet-webhook.js';

const sign = (secret: string, timestamp: number, body: string) =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

describe('verifySignetWebhook (the receiver in docs/webhooks.md)', () => {
  const now = Math.floor(Date.now() / 1000);
  const body = '{"event":"ping"}';
  const headers = (timestamp: number, signature: string) => ({
    'signet-timestamp': String(timestamp),
    'signet-signature': signature,
  });

  it('accepts a fresh, correctly signed request, also among rotated signatures', () => {
    expect(verifySignetWebhook('s3cret-key', headers(now, sign('s3cret-key', now, body)), body)).toBe('ok');
    const rotated = `${sign('old-secret', now, body)}, ${sign('s3cret-key', now, body)}`;
    expect(verifySignetWebhook('s3cret-key', headers(now, rotated), body)).toBe('ok');
  });

  it('refuses stale timestamps (replays), altered bodies, wrong secrets and unsigned requests', () => {
    const old = now - 301;
    expect(verifySignetWebhook('s3cret-key', headers(old, sign('s3cret-key', old, body)), body)).toBe(
      'stale',
    );
    expect(verifySignetWebhook('s3cret-key', headers(now, sign('s3cret-key', now, body)), `${body} `)).toBe(
      'bad-signature',
    );
    expect(verifySignetWebhook('s3cret-key', headers(now, sign('other-key', now, body)), body)).toBe(
      'bad-signature',
    );
    expect(verifySignetWebhook('s3cret-key', {}, body)).toBe('unsigned');
  });
});
