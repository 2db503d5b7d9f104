import { findService } from '../../services/find-service.js';
import { allPages, type Service, type Store } from '../../store/index.js';
import type { PacticipantDetails, PacticipantUpdate } from '../store/pact-pacticipants.js';

/** A service with its Pact-only details (display name, repository URL). */
export interface Pacticipant {
  service: Service;
  details: PacticipantDetails;
}

/** Every pacticipant, in name order (the Pact API's list has no cursor). */
export async function listPacticipants(store: Store): Promise<Pacticipant[]> {
  const services = await allPages((page) => store.services.list(page));
  const pacticipants: Pacticipant[] = [];
  for (const service of services) pacticipants.push(await withDetails(store, service));
  return pacticipants;
}

/** The named pacticipant, or a 404. */
export async function getPacticipant(store: Store, name: string): Promise<Pacticipant> {
  return withDetails(store, await findService(store, name));
}

/** What a create or update sets: absent (undefined) fields are left alone, as in a merge-patch. */
export interface UpsertPacticipantInput extends PacticipantUpdate {
  name: string;
}

/**
 * Creates the pacticipant or updates it, in one transaction. `created` is false when it existed.
 *
 * @example
 * ```ts
 * const { pacticipant, created } = await upsertPacticipant(store, { name: 'web', mainBranch: 'trunk' });
 * ```
 */
export async function upsertPacticipant(
  store: Store,
  input: UpsertPacticipantInput,
): Promise<{ pacticipant: Pacticipant; created: boolean }> {
  const { name, ...update } = input;
  const existed = (await store.services.find(name)) !== undefined;
  const service = await store.transaction(async (tx) => {
    const ensured = await tx.services.ensure(name);
    await tx.pact.pacticipants.update(ensured.id, update);
    return (await tx.services.find(name))!;
  });
  return { pacticipant: await withDetails(store, service), created: !existed };
}

async function withDetails(store: Store, service: Service): Promise<Pacticipant> {
  return { service, details: await store.pact.pacticipants.details(service.id) };
}
