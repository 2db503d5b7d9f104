import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { requestLog } from '../logging/request-log.js';
import type { ReadyMessage, ReplyMessage, TaskMessage } from './messages.js';
import { defaultSpecCacheLimits, type SpecCacheLimits } from './spec-cache.js';
import { EngineCrashError, EngineTaskError, EngineTimeoutError } from './task-errors.js';
import { taskSpecSha, withoutSpecText, type EngineTask } from './tasks.js';

/** How the pool runs: `size` worker threads at most, each task stopped after `taskTimeoutMs`. */
export interface PoolSettings {
  size: number;
  taskTimeoutMs: number;
  /** Each worker's cache of loaded specs. */
  cache?: SpecCacheLimits;
  /** The worker's script; default: `engine-worker.js` next to this file (the built broker). */
  workerUrl?: URL;
  /** Node flags of the workers; default: the process's own. */
  execArgv?: string[];
}

/** Counts for logs and tests. */
export interface PoolStats {
  workersStarted: number;
  /** Specs loaded by all workers (a cache miss each). */
  specLoads: number;
  /** Tasks whose spec text was copied to a worker (the rest went to a worker already holding it). */
  specTextsSent: number;
  timeouts: number;
  crashes: number;
}

interface Pending {
  id: number;
  task: EngineTask;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  /** The log of the request that asked (a task starts later, outside the request's async context). */
  log: FastifyBaseLogger | undefined;
}

interface Slot {
  worker: Worker;
  cached: Set<string>;
  specLoads: number;
  busy?: { pending: Pending; timer: NodeJS.Timeout };
  /** Its modules are loaded: a task's time limit is the task's alone. */
  ready: boolean;
  gone: boolean;
}

/**
 * Worker threads that run engine tasks off the event loop, one task per worker at a time, in arrival order.
 * A task goes to an idle worker that already holds its spec when there is one. A task running past the time
 * limit, or whose worker dies, is rejected (EngineTimeoutError, EngineCrashError) and its worker replaced:
 * the caller fails closed, and the pool keeps serving. Workers start when first needed.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly counts: PoolStats = {
    workersStarted: 0,
    specLoads: 0,
    specTextsSent: 0,
    timeouts: 0,
    crashes: 0,
  };

  constructor(private readonly settings: PoolSettings) {
    if (!(settings.size >= 1)) throw new RangeError('the engine pool needs at least one worker');
  }

  /** Runs `task` on a worker; resolves with its answer, rejects with its error or the pool's. */
  run(task: EngineTask): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the engine pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject, log: requestLog() });
      this.dispatch();
    });
  }

  stats(): PoolStats {
    return { ...this.counts };
  }

  /** Rejects what is waiting, stops every worker (a running task is abandoned) and waits until they are gone. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the engine pool is closed'));
    const stopping = this.slots.splice(0).map((slot) => {
      slot.gone = true;
      if (slot.busy) {
        clearTimeout(slot.busy.timer);
        slot.busy.pending.reject(new Error('the engine pool is closed'));
      }
      return slot.worker.terminate();
    });
    await Promise.all(stopping);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const pending = this.queue[0] as Pending;
      const sha = taskSpecSha(pending.task);
      const idle = this.slots.filter((slot) => slot.ready && slot.busy === undefined);
      const slot =
        idle.find((candidate) => sha !== undefined && candidate.cached.has(sha)) ??
        idle[0] ??
        (this.slots.length < this.settings.size ? this.spawn() : undefined);
      if (slot === undefined || !slot.ready) return;
      this.queue.shift();
      this.start(slot, pending);
    }
  }

  private start(slot: Slot, pending: Pending, wholeTask = false): void {
    const limit = this.settings.taskTimeoutMs;
    const timer = setTimeout(() => {
      this.counts.timeouts += 1;
      this.retire(slot, new EngineTimeoutError(limit));
    }, limit);
    slot.busy = { pending, timer };
    // What a running broker shows of a task under way (the attack suite waits for a comparison by it).
    pending.log?.debug(
      { engineTask: pending.task.kind, taskId: pending.id },
      'engine task started in a worker',
    );
    const sha = taskSpecSha(pending.task);
    // The worker's cache changes only while it runs a task, so what its last reply listed is what it holds now.
    const omit = !wholeTask && sha !== undefined && slot.cached.has(sha);
    if (sha !== undefined && !omit) this.counts.specTextsSent += 1;
    const message: TaskMessage = omit
      ? { id: pending.id, task: withoutSpecText(pending.task), specOmitted: true }
      : { id: pending.id, task: pending.task };
    try {
      slot.worker.postMessage(message);
    } catch (error) {
      // A task that cannot be copied to a worker fails alone; the worker is fine.
      clearTimeout(timer);
      slot.busy = undefined;
      pending.reject(error instanceof Error ? error : new Error(String(error)));
      this.dispatch();
    }
  }

  private spawn(): Slot {
    const url = this.settings.workerUrl ?? new URL('./engine-worker.js', import.meta.url);
    const worker = new Worker(url, {
      workerData: { cache: this.settings.cache ?? defaultSpecCacheLimits },
      ...(this.settings.execArgv === undefined ? {} : { execArgv: this.settings.execArgv }),
    });
    const slot: Slot = { worker, cached: new Set(), specLoads: 0, ready: false, gone: false };
    this.counts.workersStarted += 1;
    worker.on('message', (message: ReplyMessage | ReadyMessage) => {
      if (!('ready' in message)) return this.answer(slot, message);
      slot.ready = true;
      this.dispatch();
    });
    worker.on('error', (error) => {
      this.counts.crashes += 1;
      this.retire(slot, new EngineCrashError(error.message));
    });
    worker.on('exit', (code) => {
      if (slot.gone) return;
      this.counts.crashes += 1;
      this.retire(slot, new EngineCrashError(`it exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private answer(slot: Slot, reply: ReplyMessage): void {
    const busy = slot.busy;
    if (slot.gone || busy === undefined || busy.pending.id !== reply.id) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    slot.cached = new Set(reply.cached);
    this.counts.specLoads += reply.specLoads - slot.specLoads;
    slot.specLoads = reply.specLoads;
    if (!reply.ok && 'specMissing' in reply) return this.start(slot, busy.pending, true);
    if (reply.ok) busy.pending.resolve(reply.value);
    else busy.pending.reject(new EngineTaskError(reply.error));
    this.dispatch();
  }

  /** Takes a worker out of the pool (its task, if any, fails with `error`) and stops it; the next task gets a new one. */
  private retire(slot: Slot, error: Error): void {
    if (slot.gone) return;
    slot.gone = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (slot.busy) {
      clearTimeout(slot.busy.timer);
      slot.busy.pending.reject(error);
      slot.busy = undefined;
    } else if (!slot.ready) {
      // A worker that cannot even start fails the oldest waiting task: retrying forever would hang them all.
      this.queue.shift()?.reject(error);
    }
    void slot.worker.terminate();
    this.dispatch();
  }
}
