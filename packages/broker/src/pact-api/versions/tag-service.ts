import { defaultPactSettings, type PactSettings } from '../../config/pact-settings.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { findVersion } from '../../services/find-service.js';
import type { Store, Version } from '../../store/index.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import { branchFromFirstTag, deploymentsFromTags } from '../../versions/tag-effects.js';

export interface TagInput {
  pacticipant: string;
  number: string;
  tag: string;
}

/**
 * Tags the version, creating the pacticipant and the version when missing (as Pact Broker does), in one
 * transaction. `created` is false when the version already had the tag. As the Pact Broker's settings say, a
 * version this creates takes the tag as its branch, and a new tag named like an environment records a deployment.
 *
 * @example
 * ```ts
 * const { version, created } = await putTag(store, { pacticipant: 'web', number: 'w1', tag: 'prod' });
 * ```
 */
export async function putTag(
  store: Store,
  input: TagInput,
  settings: PactSettings = defaultPactSettings,
): Promise<{ version: Version; created: boolean }> {
  const { pacticipant, number, tag } = input;
  return store.transaction(async (tx) => {
    const service = await tx.services.ensure(pacticipant);
    const before = await tx.versions.find(pacticipant, number);
    const tagged = { service: pacticipant, number, tags: [tag] };
    const branch = await branchFromFirstTag(tx, settings, tagged);
    const version = await ensureVersion(tx, service, { number, branch, tags: [tag] });
    const created = before === undefined || !before.tags.includes(tag);
    if (created) await deploymentsFromTags(tx, settings, tagged);
    return { version, created };
  });
}

/** The tagged version, or a 404 naming the missing pacticipant, version or tag. */
export async function getTag(store: Store, input: TagInput): Promise<Version> {
  const version = await findVersion(store, input.pacticipant, input.number);
  if (!version.tags.includes(input.tag)) throw noTag(version, input.tag);
  return version;
}

/** Takes the tag off the version; a 404 when the pacticipant, the version or the tag is missing. */
export async function deleteTag(store: Store, input: TagInput): Promise<void> {
  const version = await findVersion(store, input.pacticipant, input.number);
  const deleted = await store.transaction(async (tx) =>
    tx.pact.pacticipants.deleteTag(version.id, input.tag),
  );
  if (!deleted) throw noTag(version, input.tag);
}

const noTag = (version: Version, tag: string) =>
  new NotFoundError('tag.not-found', `${version.service} ${version.number} has no tag "${tag}"`);
