import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a client-supplied request id may look like: short, no spaces or control characters. */
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** Reuses the caller's `X-Request-ID` when it is sane (so traces join up), otherwise makes one. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && acceptable.test(given) ? given : randomUUID();
}
