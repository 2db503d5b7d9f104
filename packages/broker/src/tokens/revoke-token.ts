import { NotFoundError } from '../errors/broker-error.js';
import type { Store } from '../store/index.js';

/** Revokes a live token; 404 when no live token has the id (already revoked or never issued). */
export async function revokeToken(store: Store, id: number): Promise<void> {
  if (!(await store.apiTokens.revoke(id)))
    throw new NotFoundError('token.not-found', `no live token with id ${id}`);
}
