import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { TooManyRequestsError } from '../errors/broker-error.js';
import { RateLimiter } from './rate-limit.js';

/**
 * `onRequest` hook: per-token rate limiting when authentication is on (keyed by a hash of the credentials, so
 * a token never sits in memory in clear); 429 with `Retry-After` past the limit. Open mode is local-only
 * and unlimited.
 */
export function rateLimitGuard(deps: BrokerDeps) {
  const limit = deps.limits.rateLimit;
  const limiter = limit === undefined ? undefined : new RateLimiter(limit);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (limiter === undefined || deps.auth.mode === 'open') return;
    const credentials = request.headers.authorization;
    const key =
      credentials === undefined ? `ip:${request.ip}` : createHash('sha256').update(credentials).digest('hex');
    const wait = limiter.take(key, Date.now());
    if (wait === 0) return;
    void reply.header('retry-after', String(wait));
    throw new TooManyRequestsError(
      `more than ${limiter.limit.perSecond} requests per second (burst ${limiter.limit.burst}) with these credentials; ` +
        `retry after ${wait} s`,
    );
  };
}
