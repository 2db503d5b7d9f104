import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { ForbiddenError, TooManyRequestsError, UnauthorizedError } from '../errors/broker-error.js';
import { RateLimiter } from '../http/rate-limit.js';
import type { Role } from '../store/index.js';
import { authenticate, type Principal } from './authenticate.js';
import type { Access } from './route-access.js';
import { allows } from './tokens.js';

/**
 * The role a request needs, read from the route the router matched (its declared `access`), never from the
 * URL's text: `/api/v1/%74okens` and `/api/v1/tokens#f` reach the tokens routes and so need admin. A request
 * that matched no route still needs a read token, so a 404 tells an anonymous caller nothing.
 */
export function requiredRole(request: Pick<FastifyRequest, 'routeOptions'>): Role | undefined {
  const declared: Access | undefined = request.routeOptions.config.access;
  if (declared === 'public') return undefined;
  return declared ?? 'read';
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, set by `authGuard` once a token is accepted (the rate limit is kept by it). */
    principal?: Principal;
  }
}

/**
 * `onRequest` hook: in token mode, 401 without a live token, 403 when its role is not enough. Failed
 * authentications are limited per client address (`limits.authFailureLimit`): past it, 429 with
 * `Retry-After`, and the credentials are not even checked, so guessing gains nothing from speed.
 */
export function authGuard(deps: BrokerDeps) {
  const limit = deps.limits.authFailureLimit;
  const failures = limit === undefined ? undefined : new RateLimiter(limit);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (deps.auth.mode === 'open') return;
    const needed = requiredRole(request);
    if (needed === undefined) return;
    const presented = request.headers.authorization !== undefined;
    const wait = presented ? (failures?.peek(request.ip, Date.now()) ?? 0) : 0;
    if (wait > 0) {
      void reply.header('retry-after', String(wait));
      throw new TooManyRequestsError(
        `too many failed authentications from ${request.ip} (more than ${failures!.limit.burst} in a row, ` +
          `${Math.round(failures!.limit.perSecond * 60)} a minute after that); retry after ${wait} s`,
      );
    }
    const principal = await authenticate(deps.store, deps.auth, request.headers.authorization);
    if (principal === undefined) {
      if (presented) failures?.take(request.ip, Date.now());
      throw new UnauthorizedError(
        'send a token as "Authorization: Bearer <token>" (or as the Basic auth password)',
      );
    }
    request.principal = principal;
    if (!allows(principal.role, needed)) {
      throw new ForbiddenError(
        `this needs the ${needed} role; the token "${principal.name}" has ${principal.role}`,
      );
    }
  };
}
