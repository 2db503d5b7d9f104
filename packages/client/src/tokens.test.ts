import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { createClient } from './client.js';
import { BrokerProblemError } from './errors.js';

// A broker that requires tokens, bootstrapped with an admin token as SIGNET_ADMIN_TOKEN would be.
describe('createClient: tokens and authentication', () => {
  let broker: TestBroker;
  let baseUrl: string;
  beforeAll(async () => {
    broker = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken('admin-secret') } });
    baseUrl = await broker.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => broker.close());

  it('creates, lists and revokes tokens as admin; a new token works until revoked', async () => {
    const admin = createClient({ baseUrl, token: 'admin-secret' });
    const created = await admin.tokens.create({ name: 'ci', role: 'read' });
    expect(created).toMatchObject({ name: 'ci', role: 'read', revokedAt: null, token: expect.any(String) });
    expect((await admin.tokens.list()).items).toEqual([
      expect.objectContaining({ id: created.id, name: 'ci' }),
    ]);

    const reader = createClient({ baseUrl, token: created.token });
    expect(await reader.graph.get()).toMatchObject({ services: [], integrations: [] });
    await admin.tokens.revoke(created.id);
    expect((await admin.tokens.list()).items[0]?.revokedAt).toEqual(expect.any(String));
    await expect(reader.graph.get()).rejects.toMatchObject({ status: 401, code: 'auth.unauthenticated' });
  });

  it('tells each caller who it is: the token name and role, or 401 for an unknown token', async () => {
    const admin = createClient({ baseUrl, token: 'admin-secret' });
    expect(await admin.tokens.whoami()).toEqual({ mode: 'token', role: 'admin', name: 'bootstrap admin' });
    const created = await admin.tokens.create({ name: 'release bot', role: 'write' });
    const bot = createClient({ baseUrl, token: created.token });
    expect(await bot.tokens.whoami()).toEqual({
      mode: 'token',
      role: 'write',
      name: 'release bot',
      token: { id: created.id, name: 'release bot', createdAt: created.createdAt },
    });
    await expect(createClient({ baseUrl, token: 'sgt_nope' }).tokens.whoami()).rejects.toMatchObject({
      status: 401,
    });
  });

  it('rejects a role that is not enough with 403, and an unknown token id with 404', async () => {
    const admin = createClient({ baseUrl, token: 'admin-secret' });
    const reader = createClient({
      baseUrl,
      token: (await admin.tokens.create({ name: 'r', role: 'read' })).token,
    });
    const error = await reader.environments.create({ name: 'qa' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokerProblemError);
    expect(error).toMatchObject({ status: 403, code: 'auth.forbidden' });
    await expect(admin.tokens.revoke(99999)).rejects.toMatchObject({ status: 404, code: 'token.not-found' });
  });
});
