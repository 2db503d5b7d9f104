import { NotFoundError } from '../../errors/broker-error.js';
import { findService, findVersion } from '../../services/find-service.js';
import type { Service, Store } from '../../store/index.js';
import { ensureVersion } from '../../versions/ensure-version.js';

/** The pacticipant's branch names, newest first (by their newest version); a 404 for an unknown pacticipant. */
export async function listBranches(
  store: Store,
  pacticipant: string,
): Promise<{ service: Service; branches: string[] }> {
  const service = await findService(store, pacticipant);
  const branches = await store.pact.pacticipants.branches(service.id);
  return { service, branches: branches.map((branch) => branch.name) };
}

/** The pacticipant, when it has a version on `branch`; otherwise a 404. */
export async function getBranch(store: Store, pacticipant: string, branch: string): Promise<Service> {
  const { service, branches } = await listBranches(store, pacticipant);
  if (!branches.includes(branch))
    throw new NotFoundError('branch.not-found', `${service.name} has no branch "${branch}"`);
  return service;
}

export interface BranchVersionInput {
  pacticipant: string;
  branch: string;
  number: string;
}

/** Succeeds when the version is on the branch; a 404 naming what is missing otherwise. */
export async function getBranchVersion(store: Store, input: BranchVersionInput): Promise<void> {
  const { pacticipant, branch, number } = input;
  const version = await findVersion(store, pacticipant, number);
  if (!version.branches.includes(branch))
    throw new NotFoundError(
      'branch-version.not-found',
      `${pacticipant} ${number} is not on branch "${branch}"`,
    );
}

/**
 * Puts the version on the branch, creating the pacticipant and the version when missing, in one transaction.
 * A version may be on several branches (Pact Broker's branch versions); the branch's head becomes this version
 * unless it was on the branch already, when `created` is false.
 *
 * @example
 * ```ts
 * const { created } = await putBranchVersion(store, { pacticipant: 'web', branch: 'main', number: 'w1' });
 * ```
 */
export async function putBranchVersion(
  store: Store,
  input: BranchVersionInput,
): Promise<{ created: boolean }> {
  const { pacticipant, branch, number } = input;
  const before = await store.versions.find(pacticipant, number);
  await store.transaction(async (tx) =>
    ensureVersion(tx, await tx.services.ensure(pacticipant), { number, branch }),
  );
  return { created: before?.branches.includes(branch) !== true };
}

/**
 * Deletes the branch as Pact Broker does: its versions (with their pacts and verifications) stay, on no
 * branch. A 404 when the pacticipant or the branch is unknown.
 */
export async function deleteBranch(store: Store, pacticipant: string, branch: string): Promise<void> {
  const service = await findService(store, pacticipant);
  const versions = await store.transaction(async (tx) =>
    tx.pact.pacticipants.deleteBranch(service.id, branch),
  );
  if (versions === 0)
    throw new NotFoundError('branch.not-found', `${service.name} has no branch "${branch}"`);
}
