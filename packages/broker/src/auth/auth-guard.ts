import type { FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { ForbiddenError, UnauthorizedError } from '../errors/broker-error.js';
import type { Role } from '../store/index.js';
import { authenticate } from './authenticate.js';
import { allows } from './tokens.js';

/** The role a request needs; undefined for public resources (the API description). */
export function requiredRole(method: string, url: string): Role | undefined {
  const path = url.split('?')[0] ?? '';
  if (path === '/api/v1/openapi.json') return undefined;
  if (path === '/api/v1/tokens' || path.startsWith('/api/v1/tokens/')) return 'admin';
  if (path === '/api/v1/webhooks' || path.startsWith('/api/v1/webhooks/')) return 'admin';
  // Pact API: webhooks are admin (as in /api/v1); asking which pacts to verify is a read, though it is a POST.
  if (path === '/webhooks' || path.startsWith('/webhooks/')) return 'admin';
  if (method === 'POST' && /^\/pacts\/provider\/[^/]+\/for-verification$/.test(path)) return 'read';
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/** `onRequest` hook: in token mode, 401 without a live token, 403 when its role is not enough. */
export function authGuard(deps: BrokerDeps) {
  return async (request: FastifyRequest): Promise<void> => {
    if (deps.auth.mode === 'open') return;
    const needed = requiredRole(request.method, request.url);
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
