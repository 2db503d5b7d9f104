import type { FastifyInstance, RouteOptions, RouteShorthandOptions } from 'fastify';
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

/** A registered route and who may call it. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

const tables = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/**
 * Adds the `onRoute` hook that refuses, at start-up, a route that declares no `access`, and keeps the route
 * table (`declaredRoutes`) the attack suite generates its cases from.
 */
export function enforceDeclaredAccess(app: FastifyInstance): void {
  const table: DeclaredRoute[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route: RouteOptions) => {
    const declared = (route.config as { access?: unknown } | undefined)?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!known.has(declared)) {
      throw new Error(
        `route ${methods.join(',')} ${route.url} declares no access (pass access('read'|'write'|'admin'|'public'))`,
      );
    }
    for (const method of methods) table.push({ method, url: route.url, access: declared as Access });
  });
}

/** Every route of `app` with its declared access (HEAD routes Fastify adds for GETs included). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return tables.get(app) ?? [];
}
