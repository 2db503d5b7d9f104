import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { TooManyRequestsError } from '../errors/broker-error.js';
import { RateLimiter } from './rate-limit.js';

/**
 * `onRequest` hook after `authGuard`: per-token rate limiting when authentication is on, keyed by who the
 * guard found calling (the token's id, so another Basic username or spelling of the header is the same
 * bucket), or by the client address for public routes; 429 with `Retry-After` past the limit. Open mode is
 * local-only and unlimited.
 */
export function rateLimitGuard(deps: BrokerDeps) {
  const limit = deps.limits.rateLimit;
  const limiter = limit === undefined ? undefined : new RateLimiter(limit);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (limiter === undefined || deps.auth.mode === 'open') return;
    const key = request.principal === undefined ? `ip:${request.ip}` : request.principal.id;
    const wait = limiter.take(key, Date.now());
    if (wait === 0) return;
    void reply.header('retry-after', String(wait));
    throw new TooManyRequestsError(
      `more than ${limiter.limit.perSecond} requests per second (burst ${limiter.limit.burst}) with these credentials; ` +
        `retry after ${wait} s`,
    );
  };
}
