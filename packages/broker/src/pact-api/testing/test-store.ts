import { createStore, type Store } from '../../store/index.js';
import { openPGliteTestDatabase } from '../../testing/test-database.js';

/** A store over a private copy of the run's migrated PGlite template, for service tests without HTTP. */
export async function openTestStore(): Promise<{ store: Store; close: () => Promise<void> }> {
  const database = await openPGliteTestDatabase();
  return { store: createStore(database.db), close: () => database.close() };
}

/**
 * The store, except that inside its transactions the method at `path` (e.g. `versions.addTags`,
 * `pact.pacticipants.update`) fails, after the work before it ran: a service whose writes share one
 * transaction leaves nothing behind.
 *
 * @example
 * ```ts
 * await expect(putVersion(failingIn(store, 'versions.addTags'), input)).rejects.toThrow('injected');
 * ```
 */
export function failingIn(store: Store, path: string): Store {
  const fail = () => Promise.reject(new Error(`injected failure in ${path}`));
  const replace = (target: object, keys: string[]): object => {
    const [key, ...rest] = keys;
    if (key === undefined || !(key in target)) throw new Error(`the store has no ${path}`);
    const inner = (target as Record<string, unknown>)[key];
    return { ...target, [key]: rest.length === 0 ? fail : replace(inner as object, rest) };
  };
  return {
    ...store,
    transaction: (work) => store.transaction((tx) => work(replace(tx, path.split('.')) as Store)),
  };
}
