import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Checks a Signet webhook request the way a receiver should: the `Signet-Signature` must be the HMAC-SHA256 of
 * "<Signet-Timestamp>.<raw body>" with the shared secret, and the timestamp at most `toleranceSeconds` old (an
 * older request is a replay). Answers why a request is refused, or 'ok'.
 */
export function verifySignetWebhook(
  secret: string,
  headers: IncomingHttpHeaders,
  rawBody: string,
  toleranceSeconds = 300,
): 'ok' | 'unsigned' | 'stale' | 'bad-signature' {
  const timestamp = headers['signet-timestamp'];
  const signature = headers['signet-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d+$/.test(timestamp))
    return 'unsigned';
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return 'stale';
  const digest = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
  const expected = Buffer.from(`v1=${digest}`);
  // Several comma-separated signatures may be sent while a secret is rotated; one match is enough.
  const matches = signature.split(',').some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? 'ok' : 'bad-signature';
}
