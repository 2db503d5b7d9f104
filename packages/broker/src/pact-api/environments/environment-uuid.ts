import { createHash } from 'node:crypto';
import { NotFoundError } from '../../errors/broker-error.js';
import type { Environment, Store } from '../../store/index.js';

/**
 * The Pact API addresses environments by uuid. Ours is derived from the row id, so every environment has one
 * (also those created through `/api/v1`) and it survives renames.
 */
export function environmentUuid(environment: Pick<Environment, 'id'>): string {
  const hex = createHash('sha256').update(`signet-environment:${environment.id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The environment with this uuid (or, for convenience, this name), or a 404. */
export async function environmentByUuid(store: Store, uuidOrName: string): Promise<Environment> {
  const all = await store.pact.environments.all();
  const found =
    all.find((environment) => environmentUuid(environment) === uuidOrName) ??
    all.find((environment) => environment.name === uuidOrName);
  if (found === undefined)
    throw new NotFoundError('environment.not-found', `no environment with uuid "${uuidOrName}"`);
  return found;
}
