import type { ServerResponse } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { requiredRole } from '../auth/auth-guard.js';
import { authenticate } from '../auth/authenticate.js';
import { allows } from '../auth/tokens.js';
import type { BrokerDeps } from '../deps.js';

/** Milliseconds between checks that an open stream's token is still live. */
export const TOKEN_RECHECK_MS = 5_000;

/**
 * Ends a long-lived response once the token that opened it is no longer live: revoked (through any broker
 * process: the check reads the shared database), or no longer enough for the route. A check that fails
 * ends it too, since the token cannot then be shown to be live; the client reconnects and is asked again.
 * Open mode has no tokens, so nothing to watch.
 */
export function endWhenTokenDies(
  deps: BrokerDeps,
  request: FastifyRequest,
  raw: ServerResponse,
  end: () => void,
  intervalMs = TOKEN_RECHECK_MS,
): void {
  if (deps.auth.mode === 'open') return;
  const opener = request.principal;
  const needed = requiredRole(request);
  const live = async (): Promise<boolean> => {
    if (opener === undefined) return needed === undefined;
    const now = await authenticate(deps.store, deps.auth, request.headers.authorization);
    return now?.id === opener.id && (needed === undefined || allows(now.role, needed));
  };
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void live()
      .catch(() => false)
      .then((stillLive) => {
        checking = false;
        if (!stillLive) {
          clearInterval(timer);
          end();
        }
      });
  }, intervalMs);
  timer.unref();
  raw.once('close', () => clearInterval(timer));
}
