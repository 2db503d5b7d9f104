import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Why a webhook request was refused, or 'ok'. */
export type SignatureCheck = 'ok' | 'unsigned' | 'stale' | 'bad-signature';

/**
 * shopping_cart's check of a Signet webhook, as docs/webhooks.md tells receivers to do it: `Signet-Signature`
 * must be `v1=<hex HMAC-SHA256 of "<Signet-Timestamp>.<raw body>">` with the shared secret, compared in constant
 * time, and the timestamp at most `toleranceSeconds` away from now (an older request is a replay).
 */
export function verifySignature(
  secret: string,
  headers: IncomingHttpHeaders,
  rawBody: string,
  nowSeconds = Date.now() / 1000,
  toleranceSeconds = 300,
): SignatureCheck {
  const timestamp = headers['signet-timestamp'];
  const signature = headers['signet-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d+$/.test(timestamp))
    return 'unsigned';
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return 'stale';
  const expected = Buffer.from(`v1=${sign(secret, timestamp, rawBody)}`);
  // While a secret is rotated several comma-separated signatures may come; one match is enough.
  const matches = signature.split(',').some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? 'ok' : 'bad-signature';
}

/** The hex HMAC-SHA256 of `"<timestamp>.<body>"`: also how the demo forges its replayed and tampered copies. */
export function sign(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}
