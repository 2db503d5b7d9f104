import { isObject } from './guards.js';

/**
 * Path prefixes of OpenAPI 3 `servers`: the URL's path part with server variables set to their
 * defaults. `['']` when there are no servers.
 *
 * @example serverBasePaths([{ url: 'https://api.example.com/{v}/', variables: { v: { default: 'v2' } } }]) // ['/v2']
 */
export function serverBasePaths(servers: unknown): string[] {
  if (!Array.isArray(servers) || servers.length === 0) return [''];
  const prefixes = new Set<string>();
  for (const server of servers) {
    if (!isObject(server) || typeof server.url !== 'string') continue;
    prefixes.add(normalisePrefix(urlPath(substitute(server.url, server.variables))));
  }
  return prefixes.size === 0 ? [''] : [...prefixes];
}

/** Swagger 2 `basePath` as a prefix (`['']` when absent or `/`). */
export function swaggerBasePaths(basePath: unknown): string[] {
  return [typeof basePath === 'string' ? normalisePrefix(basePath) : ''];
}

function substitute(url: string, variables: unknown): string {
  if (!isObject(variables)) return url;
  return url.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const variable = variables[name];
    if (!isObject(variable)) return whole;
    const fallback: unknown = Array.isArray(variable.enum) ? (variable.enum as unknown[])[0] : undefined;
    const value = variable.default ?? fallback;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}

// `https://host:8080/v1?x` → `/v1`; `//host/v1` → `/v1`; `v1` → `v1`.
function urlPath(url: string): string {
  const withoutAuthority = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/^\/\/[^/?#]*/, '');
  return withoutAuthority.split(/[?#]/)[0] ?? '';
}

function normalisePrefix(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.') return '';
  return trimmed.startsWith('/') ? trimmed : '/' + trimmed;
}
