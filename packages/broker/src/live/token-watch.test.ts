import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import type { BrokerDeps } from '../deps.js';
import type { ApiToken } from '../store/index.js';
import { endWhenTokenDies } from './token-watch.js';

const token = 'sgt_a-stream-token';
const stored: ApiToken = { id: 7, name: 'ui', role: 'read', createdAt: new Date(), revokedAt: null };

/** A store whose token lookups are counted and answered by `answer`. */
function watched(answer: () => Promise<ApiToken | undefined>, mode: 'open' | 'tokens' = 'tokens') {
  let lookups = 0;
  let ended = 0;
  const deps = {
    auth: mode === 'open' ? { mode } : { mode, adminTokenHash: hashToken('another-admin-token') },
    store: {
      apiTokens: {
        findActive: () => {
          lookups += 1;
          return answer();
        },
      },
    },
  } as unknown as BrokerDeps;
  const request = {
    principal: { id: 'token:7', name: 'ui', role: 'read' },
    headers: { authorization: `Bearer ${token}` },
    routeOptions: { config: { access: 'read' } },
  } as unknown as FastifyRequest;
  const raw = new EventEmitter() as unknown as ServerResponse;
  endWhenTokenDies(deps, request, raw, () => (ended += 1), 5);
  return { raw, lookups: () => lookups, ended: () => ended };
}

describe('endWhenTokenDies', () => {
  it('keeps a stream whose token stays live, and ends it once when the token is revoked', async () => {
    let live = true;
    const watch = watched(() => Promise.resolve(live ? stored : undefined));
    await expect.poll(watch.lookups, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    expect(watch.ended()).toBe(0);
    live = false;
    await expect.poll(watch.ended, { timeout: 30_000 }).toBe(1);
    const after = watch.lookups();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watch.lookups()).toBe(after);
    expect(watch.ended()).toBe(1);
  });

  it('ends the stream when the header now names another token, or the check fails', async () => {
    const demoted = watched(() => Promise.resolve({ ...stored, id: 8 }));
    await expect.poll(demoted.ended, { timeout: 30_000 }).toBe(1);
    const failing = watched(() => Promise.reject(new Error('database unreachable')));
    await expect.poll(failing.ended, { timeout: 30_000 }).toBe(1);
  });

  it('stops checking once the stream closes, and never checks in open mode', async () => {
    const watch = watched(() => Promise.resolve(stored));
    await expect.poll(watch.lookups, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    watch.raw.emit('close');
    const after = watch.lookups();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watch.lookups()).toBeLessThanOrEqual(after + 1);
    const open = watched(() => Promise.resolve(stored), 'open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open.lookups()).toBe(0);
  });
});
