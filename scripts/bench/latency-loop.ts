/** The sequential latency loop the broker benches share: unmeasured warm-up requests, then timed ones. */
import { performance } from 'node:perf_hooks';

export interface LatencySamples {
  p50: number;
  p99: number;
  /** Measured answers `ok` rejected. */
  errors: number;
}

/**
 * Calls `send(i)` `warmup + count` times one after another, timing each call (which should read the whole
 * answer); the first `warmup` are neither timed nor checked. `ok` judges a measured answer outside the timing.
 */
export async function sequentialLatency<T>(
  count: number,
  warmup: number,
  send: (i: number) => Promise<T>,
  ok: (answer: T) => boolean,
): Promise<LatencySamples> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < warmup + count; i++) {
    const started = performance.now();
    const answer = await send(i);
    if (i < warmup) continue;
    times.push(performance.now() - started);
    if (!ok(answer)) errors++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), errors };
}
