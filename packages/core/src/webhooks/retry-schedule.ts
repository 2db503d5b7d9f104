/**
 * When failed deliveries are retried. After the n-th failed attempt the next one waits
 * `min(maxDelayMs, initialDelayMs · 2^(n−1))`, scaled by a random factor in [0.5, 1) ("equal jitter": retries of
 * many deliveries spread out instead of arriving together, yet never sooner than half the nominal delay).
 * After `maxAttempts` attempts the delivery is marked failed.
 */
export interface RetrySchedule {
  initialDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

/**
 * The default: 5 s, 10 s, 20 s, … doubling up to 1 h, 20 attempts in all — a receiver may be down for about
 * 10 hours (before jitter; with jitter between 5 and 10 hours) before a delivery is given up.
 */
export const defaultRetrySchedule: RetrySchedule = {
  initialDelayMs: 5_000,
  maxDelayMs: 3_600_000,
  maxAttempts: 20,
};

/**
 * The delay before the next attempt after `failedAttempts` (≥ 1) attempts failed, or `undefined` when none is
 * left. `random` returns a number in [0, 1) (injectable for tests).
 *
 * @example
 * retryDelayMs(defaultRetrySchedule, 3, () => 0) // → 10_000 (20 s nominal, halved by the jitter floor)
 */
export function retryDelayMs(
  schedule: RetrySchedule,
  failedAttempts: number,
  random: () => number = Math.random,
): number | undefined {
  if (failedAttempts >= schedule.maxAttempts) return undefined;
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 52);
  const nominal = Math.min(schedule.maxDelayMs, schedule.initialDelayMs * 2 ** exponent);
  return Math.round(nominal * (0.5 + random() * 0.5));
}

/** The nominal (jitter-free) delays of a schedule, for documentation and display. */
export function nominalDelaysMs(schedule: RetrySchedule): number[] {
  return Array.from({ length: schedule.maxAttempts - 1 }, (_, index) =>
    Math.min(schedule.maxDelayMs, schedule.initialDelayMs * 2 ** index),
  );
}
