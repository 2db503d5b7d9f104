import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

const adminToken = 'bootstrap-admin-token-for-whoami';

describe('GET /whoami', () => {
  let tokens: TestBroker;
  let open: TestBroker;
  beforeAll(async () => {
    tokens = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken(adminToken) } });
    open = await startTestBroker();
  });
  afterAll(async () => {
    await tokens.close();
    await open.close();
  });

  const whoami = (broker: TestBroker, token?: string) =>
    broker.api({
      method: 'GET',
      url: '/whoami',
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  it('says open mode, with no role, when the broker runs open', async () => {
    const response = await whoami(open);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ mode: 'open' });
  });

  it("answers each role with the token's stored name, id and creation time, never its secret", async () => {
    for (const role of ['read', 'write', 'admin'] as const) {
      const created = await tokens.api({
        method: 'POST',
        url: '/tokens',
        payload: { name: `${role} dashboard`, role },
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const { id, token, createdAt } = created.json<{ id: number; token: string; createdAt: string }>();
      const response = await whoami(tokens, token);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        mode: 'token',
        role,
        name: `${role} dashboard`,
        token: { id, name: `${role} dashboard`, createdAt },
      });
      expect(response.body).not.toContain(token);
    }
  });

  it('names the bootstrap admin, which has no stored token', async () => {
    expect((await whoami(tokens, adminToken)).json()).toEqual({
      mode: 'token',
      role: 'admin',
      name: 'bootstrap admin',
    });
  });

  it('refuses a missing, unknown or revoked token with 401', async () => {
    expect((await whoami(tokens)).statusCode).toBe(401);
    expect((await whoami(tokens, 'sgt_made_up')).statusCode).toBe(401);
    const created = await tokens.api({
      method: 'POST',
      url: '/tokens',
      payload: { name: 'gone', role: 'read' },
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const { id, token } = created.json<{ id: number; token: string }>();
    await tokens.api({
      method: 'DELETE',
      url: `/tokens/${id}`,
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const revoked = await whoami(tokens, token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ code: 'auth.unauthenticated' });
  });
});
