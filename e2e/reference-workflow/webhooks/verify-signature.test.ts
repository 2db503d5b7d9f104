import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from './verify-signature.js';

describe("shopping_cart's webhook signature check", () => {
  const secret = 'shopping-cart-hook-secret';
  const body = '{"event":"verification.succeeded"}';
  const now = 1_750_000_000;
  const headers = (timestamp: number, signature: string) => ({
    'signet-timestamp': String(timestamp),
    'signet-signature': signature,
  });

  it('accepts a fresh request signed with the secret, also among rotated signatures', () => {
    const signature = `v1=${sign(secret, String(now), body)}`;
    expect(verifySignature(secret, headers(now, signature), body, now)).toBe('ok');
    expect(verifySignature(secret, headers(now, `v1=00, ${signature}`), body, now)).toBe('ok');
  });

  it('refuses unsigned, stale, tampered and wrongly keyed requests', () => {
    const old = now - 301;
    expect(verifySignature(secret, {}, body, now)).toBe('unsigned');
    expect(verifySignature(secret, headers(old, `v1=${sign(secret, String(old), body)}`), body, now)).toBe(
      'stale',
    );
    const signature = `v1=${sign(secret, String(now), body)}`;
    expect(verifySignature(secret, headers(now, signature), body + ' ', now)).toBe('bad-signature');
    expect(verifySignature('another-secret', headers(now, signature), body, now)).toBe('bad-signature');
  });
});
