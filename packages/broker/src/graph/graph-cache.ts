import type { ServiceGraph } from './service-graph.js';

/** Lenses kept at once (the main branches and a few environments); the oldest read goes first. */
export const GRAPH_CACHE_LENSES = 16;

/**
 * The last graph read per lens, answered again while the database has not changed. The key is PostgreSQL's
 * current snapshot (`pg_current_snapshot()`: the next transaction id and the ones in progress). Two equal
 * snapshots see exactly the same committed transactions, so the kept graph is what a new read would answer;
 * every write, from this broker or another one on the same database, takes a transaction id and changes it,
 * so the live refresh after a publication reads afresh. A graph is kept only when the snapshot was the same
 * before and after its reads: a commit in between could have made them mix two states.
 */
export function graphCache(currentSnapshot: () => Promise<string>) {
  const kept = new Map<string, { snapshot: string; graph: ServiceGraph }>();
  return async (lens: string, read: () => Promise<ServiceGraph>): Promise<ServiceGraph> => {
    const before = await currentSnapshot();
    const hit = kept.get(lens);
    if (hit !== undefined && hit.snapshot === before) return hit.graph;
    const graph = await read();
    kept.delete(lens);
    if ((await currentSnapshot()) === before) {
      kept.set(lens, { snapshot: before, graph });
      if (kept.size > GRAPH_CACHE_LENSES) kept.delete(kept.keys().next().value!);
    }
    return graph;
  };
}

export type GraphCache = ReturnType<typeof graphCache>;
