import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { defaultLimits } from '../deps.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { parseAuthFailureLimit, RateLimiter } from './rate-limit.js';

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

  it('peeks at the wait without taking from the bucket', () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 });
    expect([limiter.peek('a', 0), limiter.peek('a', 0)]).toEqual([0, 0]);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.peek('a', 0)).toBe(1);
    expect(limiter.peek('a', 1000)).toBe(0);
  });
});

describe('parseAuthFailureLimit', () => {
  it('reads failures per minute and a burst; 10 a minute with bursts of 5 by default; 0 is off', () => {
    expect(parseAuthFailureLimit(undefined)).toEqual({ perSecond: 10 / 60, burst: 5 });
    expect(parseAuthFailureLimit('30/3')).toEqual({ perSecond: 0.5, burst: 3 });
    expect(parseAuthFailureLimit('6')).toEqual({ perSecond: 0.1, burst: 3 });
    expect(parseAuthFailureLimit('0')).toBeUndefined();
    expect(parseAuthFailureLimit('10/0')).toBe('invalid');
    expect(parseAuthFailureLimit('fast')).toBe('invalid');
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

describe('rate limiting per token, not per header', () => {
  const admin = 'bootstrap-admin-token-for-identity-tests';
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken(admin) },
      limits: { ...defaultLimits, rateLimit: { perSecond: 0.001, burst: 3 } },
    });
  });
  afterAll(() => broker.close());

  it('keeps one bucket per token, whatever Basic username or header spelling carries it', async () => {
    const created = await broker.api({
      method: 'POST',
      url: '/tokens',
      payload: { name: 'pact-ci', role: 'read' },
      headers: { authorization: `Bearer ${admin}` },
    });
    const token = created.json<{ token: string }>().token;
    const basic = (user: string) => `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
    const headers = [basic('a'), basic('b'), `bearer ${token}`, basic('c'), `BEARER ${token}`];
    const statuses = [];
    for (const authorization of headers)
      statuses.push(
        (await broker.api({ method: 'GET', url: '/services', headers: { authorization } })).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('failed authentications per client address', () => {
  const admin = 'bootstrap-admin-token-for-failure-tests';
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken(admin) },
      limits: { ...defaultLimits, rateLimit: undefined, authFailureLimit: { perSecond: 0.001, burst: 3 } },
    });
  });
  afterAll(() => broker.close());

  const get = (authorization?: string) =>
    broker.api({
      method: 'GET',
      url: '/services',
      headers: authorization === undefined ? {} : { authorization },
    });

  it('answers 429 with Retry-After past the limit, without checking the credentials, even right ones', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get(`Bearer guess-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await get(`Bearer ${admin}`);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(limited.json<{ detail: string }>().detail).toContain('too many failed authentications');
    // No credentials is not a guess: still told to authenticate.
    expect((await get()).statusCode).toBe(401);
    // Another client address has its own allowance.
    const elsewhere = await broker.app.inject({
      method: 'GET',
      url: '/api/v1/services',
      remoteAddress: '192.0.2.7',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});
