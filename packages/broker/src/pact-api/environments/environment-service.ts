import { createEnvironment } from '../../environments/environments.js';
import type { Environment, Store } from '../../store/index.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import type { EnvironmentContact } from '../store/pact-environments.js';
import { environmentByUuid } from './environment-uuid.js';

/** An environment with the contacts the Pact API keeps for it. */
export interface PactEnvironment {
  environment: Environment;
  contacts: EnvironmentContact[];
}

export interface EnvironmentInput {
  name: string;
  displayName?: string;
  production?: boolean;
  contacts?: EnvironmentContact[];
}

/** Pact's answer when the name is taken: a field error on `name`. */
const taken = (name: string) =>
  new PactValidationError({ name: [`Another environment with name '${name}' already exists.`] });

/**
 * Creates the environment with its contacts, in one transaction; a Pact field error when the name is taken.
 *
 * @example
 * ```ts
 * const { environment } = await createPactEnvironment(store, { name: 'production', production: true });
 * ```
 */
export async function createPactEnvironment(store: Store, input: EnvironmentInput): Promise<PactEnvironment> {
  if ((await store.environments.find(input.name)) !== undefined) throw taken(input.name);
  const environment = await store.transaction(async (tx) => {
    const created = await createEnvironment(tx, {
      name: input.name,
      displayName: input.displayName,
      production: input.production,
    });
    await tx.pact.environments.setContacts(created.id, input.contacts ?? []);
    return created;
  });
  return withContacts(store, environment);
}

/** Every environment, oldest first, or only the one with `name`. */
export async function listPactEnvironments(store: Store, name?: string): Promise<PactEnvironment[]> {
  const all = (await store.pact.environments.all()).filter((e) => name === undefined || e.name === name);
  const environments: PactEnvironment[] = [];
  for (const environment of all) environments.push(await withContacts(store, environment));
  return environments;
}

/** The environment with this uuid (or name), or a 404. */
export async function getPactEnvironment(store: Store, uuidOrName: string): Promise<PactEnvironment> {
  return withContacts(store, await environmentByUuid(store, uuidOrName));
}

/**
 * Replaces the environment's name, display name (default: the name), production flag (default: unchanged) and
 * contacts (default: none), in one transaction. `readInput` is called once the environment is found, so an
 * unknown environment is a 404 whatever the body. A Pact field error when another environment has the name.
 */
export async function updatePactEnvironment(
  store: Store,
  uuidOrName: string,
  readInput: () => EnvironmentInput,
): Promise<PactEnvironment> {
  const environment = await environmentByUuid(store, uuidOrName);
  const input = readInput();
  const updated = await store.transaction(async (tx) =>
    tx.pact.environments.update(environment.id, {
      name: input.name,
      displayName: input.displayName ?? input.name,
      production: input.production ?? environment.production,
      contacts: input.contacts ?? [],
    }),
  );
  if (!updated) throw taken(input.name);
  // Read again as addressed (a rename addressed by the old name then 404s, as it always has).
  return getPactEnvironment(store, uuidOrName);
}

/** Deletes the environment with its contacts and its deployed and released versions, in one transaction. */
export async function deletePactEnvironment(store: Store, uuidOrName: string): Promise<void> {
  const environment = await environmentByUuid(store, uuidOrName);
  await store.transaction(async (tx) => tx.pact.environments.delete(environment.id));
}

async function withContacts(store: Store, environment: Environment): Promise<PactEnvironment> {
  return { environment, contacts: await store.pact.environments.contacts(environment.id) };
}
