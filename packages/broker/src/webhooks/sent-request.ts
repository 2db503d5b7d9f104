import type { WebhookRequest } from '@signet/core';
import { redactHeaders, redactText } from './redact.js';
import { redactUrl } from './redact-url.js';
import type { SentRequest } from './store/webhook-store.js';

/** Bytes of a sent request's body the delivery log keeps. */
export const sentBodyLimit = 64 * 1024;

/** The first `limit` bytes of `text`, never ending in half a character. */
function utf8Start(text: string, limit: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return text;
  let end = limit;
  // Back off continuation bytes (10xxxxxx) so the cut falls before a character's first byte.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * What the log keeps of a request as sent: credential headers and the URL's credentials redacted, every
 * secret of the subscription redacted wherever it appears (a template may put one in the body), and the body
 * cut to `limit` bytes after redacting, so a cut never leaves part of a secret behind.
 */
export function recordSentRequest(
  request: WebhookRequest,
  secrets: ReadonlyArray<string | null | undefined>,
  limit = sentBodyLimit,
): SentRequest {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const redactedBody = hasBody ? redactText(request.body, secrets) : null;
  const body = redactedBody === null ? null : utf8Start(redactedBody, limit);
  const headers = Object.fromEntries(
    Object.entries(redactHeaders(request.headers)).map(([name, value]) => [name, redactText(value, secrets)]),
  );
  return {
    method: request.method,
    url: redactText(redactUrl(request.url), secrets),
    headers,
    body,
    bodyBytes: hasBody ? Buffer.byteLength(request.body) : 0,
    bodyTruncated: redactedBody !== null && body !== redactedBody,
  };
}
