import type { AuthConfig } from './auth-config.js';
import { hashToken, sameHash } from './tokens.js';
import type { Role, Store } from '../store/index.js';

/** Who is calling: a stored token, or the bootstrap admin. */
export interface Principal {
  /** Stable per token (`token:<id>`, `bootstrap-admin`): what rate limits are kept by. */
  id: string;
  name: string;
  role: Role;
  /** The stored token behind it; absent for the bootstrap admin, which has no row. */
  token?: { id: number; createdAt: Date };
}

/** The token in `Authorization: Bearer <token>` or in Basic auth's password (what Pact clients send). */
export function tokenFrom(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const [scheme, value] = authorization.split(' ', 2);
  if (value === undefined) return undefined;
  if (scheme?.toLowerCase() === 'bearer') return value.trim() || undefined;
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1) || undefined;
}

/** Resolves the caller from the Authorization header; undefined when absent or not a live token. */
export async function authenticate(
  store: Store,
  auth: AuthConfig,
  authorization: string | undefined,
): Promise<Principal | undefined> {
  const token = tokenFrom(authorization);
  if (token === undefined || auth.mode === 'open') return undefined;
  const hash = hashToken(token);
  if (auth.adminTokenHash !== undefined && sameHash(hash, auth.adminTokenHash))
    return { id: 'bootstrap-admin', name: 'bootstrap admin', role: 'admin' };
  const stored = await store.apiTokens.findActive(hash);
  return stored === undefined
    ? undefined
    : {
        id: `token:${stored.id}`,
        name: stored.name,
        role: stored.role,
        token: { id: stored.id, createdAt: stored.createdAt },
      };
}
