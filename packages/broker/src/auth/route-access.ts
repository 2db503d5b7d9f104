import type { RouteShorthandOptions } from 'fastify';
import type { Role } from '../store/index.js';

/** Who may call a route: anyone (`public`), or a token with at least this role. */
export type Access = Role | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Declared by every route (see `access`); `authGuard` reads it from the matched route. */
    access?: Access;
  }
}

/**
 * The route options that declare who may call a route. Every route passes one, so the role is decided on
 * the route the router matched, never by matching the URL's text; `requireDeclaredAccess` refuses to start
 * a broker with a route that declares none.
 *
 * @example
 * ```ts
 * app.delete('/tokens/:id', access('admin'), async (request, reply) => …);
 * ```
 */
export function access(needed: Access): RouteShorthandOptions {
  return { config: { access: needed } };
}

const known = new Set<unknown>(['public', 'read', 'write', 'admin']);

/** `onRoute` hook: a route registered without a declared `access` stops the broker from starting. */
export function requireDeclaredAccess(route: {
  method: string | string[];
  url: string;
  config?: unknown;
}): void {
  const declared = (route.config as { access?: unknown } | undefined)?.access;
  if (!known.has(declared)) {
    const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
    throw new Error(
      `route ${method} ${route.url} declares no access (pass access('read'|'write'|'admin'|'public'))`,
    );
  }
}
