import { describe, expect, it } from 'vitest';
import { defaultRetrySchedule, nominalDelaysMs, retryDelayMs } from './retry-schedule.js';

describe('retryDelayMs', () => {
  const schedule = { initialDelayMs: 100, maxDelayMs: 1_000, maxAttempts: 6 };

  it('doubles from the initial delay up to the cap, jittered into [½, 1) of it', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(schedule, n, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(schedule, n, () => 0))).toEqual([50, 100, 200, 400, 500]);
  });

  it('stops after the last attempt', () => {
    expect(retryDelayMs(schedule, 6)).toBeUndefined();
  });

  it('spreads the retries of many deliveries', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(schedule, 3)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(200);
  });

  it('documents the default: 20 attempts over about 10 hours (nominal)', () => {
    const delays = nominalDelaysMs(defaultRetrySchedule);
    expect(delays.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(delays).toHaveLength(19);
    expect(delays.reduce((sum, delay) => sum + delay, 0) / 3_600_000).toBeCloseTo(10.42, 1);
  });
});
