import type { ProviderSpec } from '../specs/model.js';
import type { DiffContext } from './diff-context.js';

/** Server URLs as written: OpenAPI 3 `servers[].url`, Swagger 2 `host` + `basePath`. */
function serverUrls(spec: ProviderSpec): string[] {
  const root = spec.schemaRoot;
  if (Array.isArray(root.servers))
    return root.servers
      .map((s) => (s !== null && typeof s === 'object' ? (s as { url?: unknown }).url : undefined))
      .filter((u): u is string => typeof u === 'string');
  if (typeof root.host === 'string')
    return [`${root.host}${typeof root.basePath === 'string' ? root.basePath : ''}`];
  return [];
}

/** Root servers removed (clients configured with them may fail) or added. */
export function diffServers({ base, head, out }: DiffContext): void {
  const before = serverUrls(base);
  const after = serverUrls(head);
  for (const url of before.filter((u) => !after.includes(u)).sort())
    out.add(
      { direction: 'spec', base: '/servers' },
      'api-server-removed',
      'potentially-breaking',
      `server ${url} removed`,
    );
  for (const url of after.filter((u) => !before.includes(u)).sort())
    out.add({ direction: 'spec', head: '/servers' }, 'api-server-added', 'safe', `server ${url} added`);
}
