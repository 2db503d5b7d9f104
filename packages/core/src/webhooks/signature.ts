import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `Signet-Signature` value for a body sent at `timestamp` (unix seconds): `v1=` and the hex HMAC-SHA256,
 * keyed with the subscription's secret, of `"<timestamp>.<raw body>"`. Signing the timestamp with the body lets
 * receivers refuse replays of an old request.
 *
 * @example
 * signWebhookBody('s3cret', 1700000000, '{"event":"spec.published"}') // → 'v1=5c2…'
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** Why a signed request was refused, or `ok`. */
export type SignatureCheck = 'ok' | 'missing' | 'mismatch' | 'stale';

/**
 * Checks a received request: the signature must match and the timestamp be within `toleranceSeconds` (default
 * 300) of `now` (unix seconds). Several `v1=` values may be sent comma-separated (secret rotation).
 */
export function verifyWebhookSignature(input: {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  body: string;
  now?: number;
  toleranceSeconds?: number;
}): SignatureCheck {
  if (input.signature === undefined || input.timestamp === undefined) return 'missing';
  const timestamp = Number(input.timestamp);
  if (!Number.isInteger(timestamp)) return 'missing';
  const now = input.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? 300)) return 'stale';
  const expected = Buffer.from(signWebhookBody(input.secret, timestamp, input.body));
  const matches = input.signature
    .split(',')
    .map((value) => Buffer.from(value.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
  return matches ? 'ok' : 'mismatch';
}
