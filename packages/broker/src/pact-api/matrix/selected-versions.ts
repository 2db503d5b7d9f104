import { allPages, type Environment, type Store, type Version } from '../../store/index.js';
import type { MatrixSelector } from './matrix-query.js';

/**
 * The versions a `q[]` selector names, as the Pact Broker resolves them: the version given; with `latest`,
 * the newest one (with the tag, on the branch, on the main branch, or of all); without `latest`, every version
 * with the tag, on the branch or the main branch, or every version of the pacticipant. Empty when none does.
 */
export async function selectedVersions(store: Store, selector: MatrixSelector): Promise<Version[]> {
  const service = await store.services.find(selector.pacticipant);
  if (service === undefined) return [];
  if (selector.version !== undefined) {
    const version = await store.versions.find(selector.pacticipant, selector.version);
    return version === undefined ? [] : [version];
  }
  const branch = selector.mainBranch ? service.mainBranch : selector.branch;
  if (selector.mainBranch && branch === null) return [];
  if (selector.latest && selector.tag !== undefined) {
    const id = await store.pact.pacticipants.latestTaggedVersionId(service.id, selector.tag);
    const version = id === undefined ? undefined : await store.versions.findById(id);
    return version === undefined || (branch != null && !version.branches.includes(branch)) ? [] : [version];
  }
  if (selector.latest) {
    const version = await store.versions.latest(service.id, branch ?? undefined);
    return version === undefined ? [] : [version];
  }
  const all = await allPages((page) =>
    store.versions.list(service.id, { ...page, branch: branch ?? undefined }),
  );
  // The store lists newest first; the Pact Broker's order is oldest first.
  return all.filter((version) => selector.tag === undefined || version.tags.includes(selector.tag)).reverse();
}

/** The versions of the pacticipant currently deployed or released in the environment, oldest first. */
export async function versionsInEnvironment(
  store: Store,
  pacticipant: string,
  environment: Environment,
): Promise<Version[]> {
  const service = await store.services.find(pacticipant);
  if (service === undefined) return [];
  const rows = await store.deployedVersions.current({ environmentId: environment.id, serviceId: service.id });
  const versions: Version[] = [];
  for (const id of new Set(rows.map((row) => row.versionId))) {
    const version = await store.versions.findById(id);
    if (version !== undefined) versions.push(version);
  }
  return versions;
}

/** A selector in words, for notices: "web (latest on branch main)". */
export function describeSelector(selector: MatrixSelector): string {
  const { pacticipant: name } = selector;
  if (selector.version !== undefined) return `${name} (${selector.version})`;
  const where = [
    selector.tag === undefined ? undefined : `with tag ${selector.tag}`,
    selector.branch === undefined ? undefined : `on branch ${selector.branch}`,
    selector.mainBranch ? 'on its main branch' : undefined,
  ].filter((part) => part !== undefined);
  const which = selector.latest ? 'the latest version' : where.length === 0 ? 'any version' : 'every version';
  return `${name} (${[which, ...where].join(' ')})`;
}
