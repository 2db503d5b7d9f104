import type { EngineTask } from './tasks.js';
import type { SerializedError } from './task-errors.js';

/** From the pool to a worker: one task at a time. */
export interface TaskMessage {
  id: number;
  task: EngineTask;
}

/** From a worker to the pool: the task's answer, the spec shas its cache now holds, the specs it loaded so far. */
export type ReplyMessage = { id: number; cached: string[]; specLoads: number } & (
  { ok: true; value: unknown } | { ok: false; error: SerializedError }
);

/** From a worker once its modules are loaded: tasks' time limits count from here, not from its start-up. */
export interface ReadyMessage {
  ready: true;
}
