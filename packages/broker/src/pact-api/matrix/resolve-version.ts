import type { Store } from '../../store/index.js';
import type { MatrixSelector } from './matrix-query.js';

/**
 * The version number a matrix selector names: given outright, or the latest (on a branch, the main branch,
 * or with a tag). Undefined when there is none; the decision then says the version does not exist.
 */
export async function resolveVersion(store: Store, selector: MatrixSelector): Promise<string | undefined> {
  if (selector.version !== undefined) return selector.version;
  const service = await store.services.find(selector.pacticipant);
  if (service === undefined) return undefined;
  if (selector.tag !== undefined) {
    const id = await store.pact.pacticipants.latestTaggedVersionId(service.id, selector.tag);
    return id === undefined ? undefined : (await store.versions.findById(id))?.number;
  }
  const branch = selector.mainBranch ? (service.mainBranch ?? undefined) : selector.branch;
  if (selector.mainBranch && branch === undefined) return undefined;
  return (await store.versions.latest(service.id, branch))?.number;
}
