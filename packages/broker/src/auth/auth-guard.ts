import type { FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { ForbiddenError, UnauthorizedError } from '../errors/broker-error.js';
import type { Role } from '../store/index.js';
import { authenticate } from './authenticate.js';
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

/** `onRequest` hook: in token mode, 401 without a live token, 403 when its role is not enough. */
export function authGuard(deps: BrokerDeps) {
  return async (request: FastifyRequest): Promise<void> => {
    if (deps.auth.mode === 'open') return;
    const needed = requiredRole(request);
    if (needed === undefined) return;
    const principal = await authenticate(deps.store, deps.auth, request.headers.authorization);
    if (principal === undefined) {
      throw new UnauthorizedError(
        'send a token as "Authorization: Bearer <token>" (or as the Basic auth password)',
      );
    }
    if (!allows(principal.role, needed)) {
      throw new ForbiddenError(
        `this needs the ${needed} role; the token "${principal.name}" has ${principal.role}`,
      );
    }
  };
}
