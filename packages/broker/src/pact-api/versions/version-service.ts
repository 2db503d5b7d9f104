import { NotFoundError } from '../../errors/broker-error.js';
import { findService, findVersion } from '../../services/find-service.js';
import { allPages, type Environment, type Service, type Store, type Version } from '../../store/index.js';
import { ensureVersion } from '../../versions/ensure-version.js';

/** Versions with the environments their `pb:record-deployment` / `pb:record-release` links name. */
export interface VersionsView {
  service: Service;
  versions: Version[];
  environments: Environment[];
}

export interface VersionView {
  version: Version;
  environments: Environment[];
}

/** Every version of the pacticipant (the Pact API's lists have no cursor), or a 404 for an unknown one. */
export async function listVersions(store: Store, pacticipant: string): Promise<VersionsView> {
  const service = await findService(store, pacticipant);
  const versions = await allPages((page) => store.versions.list(service.id, page));
  return { service, versions, environments: await store.pact.environments.all() };
}

/** One version, or a 404 saying whether the pacticipant or the version is missing. */
export async function getVersion(store: Store, pacticipant: string, number: string): Promise<VersionView> {
  const version = await findVersion(store, pacticipant, number);
  return { version, environments: await store.pact.environments.all() };
}

export interface PutVersionInput {
  pacticipant: string;
  number: string;
  branch?: string;
  tags?: string[];
  buildUrl?: string;
}

/**
 * Creates the version (and the pacticipant) or adds to it, in one transaction: branches and tags accumulate, a build URL given replaces the stored one. `created` is false when the version existed.
 *
 * @example
 * ```ts
 * const { version, created } = await putVersion(store, { pacticipant: 'web', number: 'w1', branch: 'main' });
 * ```
 */
export async function putVersion(
  store: Store,
  input: PutVersionInput,
): Promise<VersionView & { created: boolean }> {
  const { pacticipant, number, branch, tags, buildUrl } = input;
  const existed = (await store.versions.find(pacticipant, number)) !== undefined;
  const version = await store.transaction(async (tx) =>
    ensureVersion(tx, await tx.services.ensure(pacticipant), { number, branch, tags, buildUrl }),
  );
  return { version, created: !existed, environments: await store.pact.environments.all() };
}

/** The pacticipant's newest version, or its newest with `tag`; a 404 when there is none. */
export async function latestVersion(store: Store, pacticipant: string, tag?: string): Promise<VersionView> {
  const service = await findService(store, pacticipant);
  const latest =
    tag === undefined ? await store.versions.latest(service.id) : await latestTagged(store, service, tag);
  if (latest === undefined)
    throw new NotFoundError(
      'version.not-found',
      tag === undefined
        ? `${service.name} has no versions`
        : `${service.name} has no version tagged "${tag}"`,
    );
  return { version: latest, environments: await store.pact.environments.all() };
}

async function latestTagged(store: Store, service: Service, tag: string): Promise<Version | undefined> {
  const id = await store.pact.pacticipants.latestTaggedVersionId(service.id, tag);
  return id === undefined ? undefined : store.versions.findById(id);
}
