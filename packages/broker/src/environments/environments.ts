import { ConflictError, NotFoundError } from '../errors/broker-error.js';
import type { Environment, Store } from '../store/index.js';

export interface CreateEnvironmentInput {
  name: string;
  displayName?: string;
  production?: boolean;
}

/** Creates an environment; its name is unique (409 when taken). */
export async function createEnvironment(store: Store, input: CreateEnvironmentInput): Promise<Environment> {
  const environment = await store.transaction(async (tx) => {
    const created = await tx.environments.create({
      name: input.name,
      displayName: input.displayName ?? input.name,
      production: input.production ?? false,
    });
    if (created !== undefined)
      await tx.events.append('environment.created', null, { environment: input.name });
    return created;
  });
  if (environment === undefined) {
    throw new ConflictError('environment.exists', `an environment named "${input.name}" already exists`);
  }
  return environment;
}

/** The named environment, or a 404. */
export async function findEnvironment(store: Store, name: string): Promise<Environment> {
  const environment = await store.environments.find(name);
  if (environment === undefined)
    throw new NotFoundError('environment.not-found', `no environment named "${name}"`);
  return environment;
}
