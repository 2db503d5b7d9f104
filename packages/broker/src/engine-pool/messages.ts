import type { EngineTask } from './tasks.js';
import type { SerializedError } from './task-errors.js';

/** From the pool to a worker: one task at a time. */
export interface TaskMessage {
  id: number;
  task: EngineTask;
  /**
   * The task's spec text was left out (sent as ''): the worker's cache held that sha at its last reply, so the
   * pool does not copy a spec of megabytes to it for every comparison.
   */
  specOmitted?: boolean;
}

/** From a worker to the pool: the task's answer, the spec shas its cache now holds, the specs it loaded so far. */
export type ReplyMessage = { id: number; cached: string[]; specLoads: number } & (
  | { ok: true; value: unknown }
  | { ok: false; error: SerializedError }
  /** The spec text was omitted but the worker does not hold it: the pool sends the task again, whole. */
  | { ok: false; specMissing: true }
);

/** From a worker once its modules are loaded: tasks' time limits count from here, not from its start-up. */
export interface ReadyMessage {
  ready: true;
}
