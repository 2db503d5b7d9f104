import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { defaultLimits } from '../deps.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows the burst, then one request per refill interval, and says how long to wait', () => {
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 });
    expect([0, 0, 0].map((t) => limiter.take('a', t))).toEqual([0, 0, 0]);
    expect(limiter.take('a', 0)).toBe(1);
    expect(limiter.take('a', 500)).toBe(0);
    expect(limiter.take('a', 500)).toBe(1);
    expect(limiter.take('b', 500)).toBe(0);
    expect(limiter.take('a', 10_000)).toBe(0);
  });
});

describe('rate limiting per token', () => {
  const admin = 'bootstrap-admin-token-for-rate-tests';
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken(admin) },
      limits: { ...defaultLimits, rateLimit: { perSecond: 0.001, burst: 3 } },
    });
  });
  afterAll(() => broker.close());

  const get = (token: string) =>
    broker.api({ method: 'GET', url: '/services', headers: { authorization: `Bearer ${token}` } });

  it('answers 429 problem+json with Retry-After past the limit, for that token only', async () => {
    const created = await broker.api({
      method: 'POST',
      url: '/tokens',
      payload: { name: 'dashboard', role: 'read' },
      headers: { authorization: `Bearer ${admin}` },
    });
    const other = created.json<{ token: string }>().token;
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await get(admin)).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await get(admin);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate-limited' });
    expect((await get(other)).statusCode).toBe(200);
  });
});
