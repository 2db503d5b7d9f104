import type { Store } from '../store/index.js';
import { specSetText } from './spec-set.js';

/**
 * Gives every spec of the version the version's comparison key, after one was added or replaced, and returns it:
 * the spec's own sha when the version has one spec, else the sha of the spec-set document over both kinds
 * (stored in `documents`, so comparisons and verifications keep their foreign keys).
 */
export async function rekeyVersionSpecs(store: Store, versionId: number): Promise<string> {
  // Locked first, so a concurrent publish of the other kind is seen once it commits (read committed).
  await store.specs.lockVersion(versionId);
  const specs = await store.specs.allForVersion(versionId);
  const key =
    specs.length === 1
      ? specs[0]!.contentSha
      : await store.documents.put(
          specSetText(specs.map((spec) => ({ kind: spec.kind, sha: spec.contentSha }))),
        );
  await store.specs.setVersionKey(versionId, key);
  return key;
}
