import { createStore, type Store } from '../../store/index.js';
import { openPGliteTestDatabase } from '../../testing/test-database.js';

/** A store over a private copy of the run's migrated PGlite template, for service tests without HTTP. */
export async function openTestStore(): Promise<{ store: Store; close: () => Promise<void> }> {
  const database = await openPGliteTestDatabase();
  return { store: createStore(database.db), close: () => database.close() };
}

/**
 * The store, except that inside its transactions `group.method` fails (after the work before it ran): a
 * service whose writes share one transaction leaves nothing behind.
 *
 * @example
 * ```ts
 * await expect(putVersion(failingIn(store, 'versions', 'addTags'), input)).rejects.toThrow('injected');
 * ```
 */
export function failingIn<G extends Exclude<keyof Store, 'transaction'>>(
  store: Store,
  group: G,
  method: keyof Store[G],
): Store {
  const fail = () => Promise.reject(new Error(`injected failure in ${String(group)}.${String(method)}`));
  return {
    ...store,
    transaction: (work) =>
      store.transaction((tx) => work({ ...tx, [group]: { ...tx[group], [method]: fail } })),
  };
}
