import type { Store } from '../../store/index.js';
import type { Notice } from './matrix-answer-shape.js';
import type { IgnoreSelector } from './matrix-query.js';

/**
 * A warning for each `--ignore` that names a pacticipant or version that does not exist, as the Pact Broker
 * warns: a typo there ignores nothing, and the answer should say so rather than look like it took effect.
 */
export async function ignoreNotices(store: Store, ignore: IgnoreSelector[]): Promise<Notice[]> {
  const notices: Notice[] = [];
  for (const entry of ignore) {
    const exists =
      entry.version === undefined
        ? (await store.services.find(entry.pacticipant)) !== undefined
        : (await store.versions.find(entry.pacticipant, entry.version)) !== undefined;
    if (!exists) {
      const what =
        entry.version === undefined ? entry.pacticipant : `${entry.pacticipant} (${entry.version})`;
      notices.push({
        type: 'warning',
        text: `Cannot ignore ${what}: it does not exist, so nothing is ignored for it`,
      });
    }
  }
  return notices;
}
