import { availableParallelism } from 'node:os';

/** How the broker runs CPU-heavy engine work (see `createPoolEngine`). */
export interface EngineSettings {
  /** Worker threads (default: one per core but one, at least one). */
  workers: number;
  /** Time limit of one spec load or comparison, in milliseconds (default 120 s); past it the work is stopped. */
  taskTimeoutMs: number;
}

/** The defaults of {@link EngineSettings} on this machine. */
export function defaultEngineSettings(): EngineSettings {
  return { workers: Math.max(1, availableParallelism() - 1), taskTimeoutMs: 120_000 };
}
