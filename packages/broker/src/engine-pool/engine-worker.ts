import { parentPort, workerData } from 'node:worker_threads';
import type { ReadyMessage, ReplyMessage, TaskMessage } from './messages.js';
import { SpecCache, type SpecCacheLimits } from './spec-cache.js';
import { serializeError, type SerializedError } from './task-errors.js';
import { runTask, taskSpecSha } from './tasks.js';

/**
 * A worker thread of the engine pool: runs the tasks it is sent, one at a time, with its own cache of
 * loaded specs. Started by `worker-pool.ts`; never imported.
 */
const port = parentPort;
if (port === null) throw new Error('engine-worker.js runs only as a worker thread');
const cache = new SpecCache((workerData as { cache: SpecCacheLimits }).cache);

port.on('message', (message: TaskMessage) => {
  const done = (outcome: { ok: true; value: unknown } | { ok: false; error: SerializedError }): void => {
    const state = { id: message.id, cached: cache.shas(), specLoads: cache.loads };
    try {
      port.postMessage({ ...state, ...outcome } satisfies ReplyMessage);
    } catch (error) {
      // An answer that cannot be copied to the pool fails the task rather than the worker.
      port.postMessage({ ...state, ok: false, error: serializeError(error) } satisfies ReplyMessage);
    }
  };
  const sha = taskSpecSha(message.task);
  if (message.specOmitted && sha !== undefined && cache.get(sha) === undefined) {
    port.postMessage({
      id: message.id,
      cached: cache.shas(),
      specLoads: cache.loads,
      ok: false,
      specMissing: true,
    });
    return;
  }
  runTask(message.task, cache).then(
    (value) => done({ ok: true, value }),
    (error: unknown) => done({ ok: false, error: serializeError(error) }),
  );
});

port.postMessage({ ready: true } satisfies ReadyMessage);
