import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { access } from '../auth/route-access.js';

/**
 * `GET /whoami`: the caller's own access, so a UI shows who is signed in and which controls apply without
 * probing other routes. Needs read like every read route (any live token has it); the secret never leaves.
 */
export function whoamiRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/whoami', access('read'), (request) => {
    if (deps.auth.mode === 'open') return { mode: 'open' as const };
    // authGuard has set the principal: a read route is not reached without a live token.
    const principal = request.principal!;
    return {
      mode: 'token' as const,
      role: principal.role,
      name: principal.name,
      ...(principal.token === undefined
        ? {}
        : {
            token: {
              id: principal.token.id,
              name: principal.name,
              createdAt: principal.token.createdAt,
            },
          }),
    };
  });
}
