/** An error as it crosses from a worker: plain fields (a thrown object's class and own fields do not survive). */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  location?: string;
}

/** What a task's failure carries across the thread boundary; core's located errors keep `code` and `location`. */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, location } = error as { code?: unknown; location?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof location === 'string' ? { location } : {}),
  };
}

/** A task's failure back in the broker: a located error (core's `SpecError` shape) keeps its code and location. */
export class EngineTaskError extends Error {
  // Declared only: the fields exist just when the original error had them (`'location' in error` is its test).
  declare readonly code?: string;
  declare readonly location?: string;

  constructor(serialized: SerializedError) {
    super(serialized.message);
    this.name = serialized.name;
    if (serialized.code !== undefined) Object.defineProperty(this, 'code', { value: serialized.code });
    if (serialized.location !== undefined)
      Object.defineProperty(this, 'location', { value: serialized.location });
  }
}

/** The task ran past the pool's time limit: its worker was stopped (and replaced), so there is no answer. */
export class EngineTimeoutError extends Error {
  override readonly name = 'EngineTimeoutError';

  constructor(readonly limitMs: number) {
    super(`the work took longer than the ${formatSeconds(limitMs)} limit and was stopped`);
  }
}

/** The worker running the task stopped without answering (out of memory, a crash); it was replaced. */
export class EngineCrashError extends Error {
  override readonly name = 'EngineCrashError';

  constructor(reason: string) {
    super(`the engine's worker stopped before answering: ${reason}`);
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
