/** Sustained requests per second and the burst allowed above it, per token. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * Generous by default: a CI job publishing hundreds of documents in a loop stays under it; a runaway script
 * or a stolen token hammering the broker does not.
 */
export const defaultRateLimit: RateLimit = { perSecond: 100, burst: 1000 };

/**
 * Failed authentications per client address: a person mistyping a token is unaffected, guessing admin tokens
 * at network speed is not possible (10 a minute, bursts of 5).
 */
export const defaultAuthFailureLimit: RateLimit = { perSecond: 10 / 60, burst: 5 };

/** Buckets kept at most; the least recently used are forgotten first (a forgotten bucket starts full). */
const MAX_BUCKETS = 10_000;

/**
 * Token buckets by key. `take` answers how long to wait in seconds, 0 when the request may go now.
 *
 * @example
 * const limiter = new RateLimiter({ perSecond: 1, burst: 2 });
 * limiter.take('k', 0); limiter.take('k', 0); // 0, 0
 * limiter.take('k', 0); // 1
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly limit: RateLimit) {}

  take(key: string, nowMs: number): number {
    const bucket = this.refill(key, nowMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return this.waitFor(bucket);
  }

  /** How long `take` would make `key` wait now, without taking anything. */
  peek(key: string, nowMs: number): number {
    const bucket = this.refill(key, nowMs);
    return bucket.tokens >= 1 ? 0 : this.waitFor(bucket);
  }

  private refill(key: string, nowMs: number): { tokens: number; at: number } {
    const { perSecond, burst } = this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: nowMs };
    this.buckets.delete(key);
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    bucket.at = nowMs;
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket;
  }

  private waitFor(bucket: { tokens: number }): number {
    return Math.ceil((1 - bucket.tokens) / this.limit.perSecond);
  }
}

/** Parses `SIGNET_RATE_LIMIT`: `<per second>` or `<per second>/<burst>`; `0` turns limiting off. */
export function parseRateLimit(text: string | undefined): RateLimit | undefined | 'invalid' {
  if (text === undefined || text === '') return defaultRateLimit;
  const match = /^(\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (match === null) return 'invalid';
  const perSecond = Number(match[1]);
  if (perSecond === 0) return undefined;
  const burst = match[2] === undefined ? perSecond * 10 : Number(match[2]);
  return burst >= 1 ? { perSecond, burst } : 'invalid';
}

/** Parses `SIGNET_AUTH_FAILURE_LIMIT`: `<per minute>` or `<per minute>/<burst>`; `0` turns limiting off. */
export function parseAuthFailureLimit(text: string | undefined): RateLimit | undefined | 'invalid' {
  if (text === undefined || text === '') return defaultAuthFailureLimit;
  const match = /^(\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (match === null) return 'invalid';
  const perMinute = Number(match[1]);
  if (perMinute === 0) return undefined;
  const burst = match[2] === undefined ? Math.max(1, Math.ceil(perMinute / 2)) : Number(match[2]);
  return burst >= 1 ? { perSecond: perMinute / 60, burst } : 'invalid';
}
