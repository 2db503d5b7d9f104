import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { hashToken } from './tokens.js';

const adminToken = 'bootstrap-admin-token-for-tests';

describe('authentication with tokens', () => {
  let broker: TestBroker;
  let writeToken: string;
  let readToken: string;
  beforeAll(async () => {
    broker = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken(adminToken) } });
  });
  afterAll(() => broker.close());

  const as = (token: string | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    broker.api({
      method,
      url,
      payload,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  it('answers 401 with a challenge without a token or with an unknown one, but serves the API description', async () => {
    const anonymous = await as(undefined, 'GET', '/services');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('Bearer');
    expect(anonymous.json()).toMatchObject({ code: 'auth.unauthenticated', status: 401 });
    expect((await as('sgt_made_up', 'GET', '/services')).statusCode).toBe(401);
    expect((await as(undefined, 'GET', '/openapi.json')).statusCode).toBe(200);
  });

  it('lets the bootstrap admin create tokens, shown once and stored only hashed', async () => {
    const created = await as(adminToken, 'POST', '/tokens', { name: 'ci', role: 'write' });
    expect(created.statusCode).toBe(201);
    writeToken = created.json<{ token: string }>().token;
    expect(writeToken).toMatch(/^sgt_[\w-]{43}$/);
    readToken = (await as(adminToken, 'POST', '/tokens', { name: 'dashboard', role: 'read' })).json<{
      token: string;
    }>().token;
    const listed = await as(adminToken, 'GET', '/tokens');
    expect(listed.json()).toMatchObject({
      items: [
        { name: 'ci', role: 'write', revokedAt: null },
        { name: 'dashboard', role: 'read' },
      ],
    });
    expect(listed.body).not.toContain(writeToken);
    expect(await broker.deps.store.apiTokens.findActive(hashToken(writeToken))).toMatchObject({ name: 'ci' });
  });

  it('lets write tokens publish and read tokens read, each refused (403) beyond its role', async () => {
    expect((await as(writeToken, 'POST', '/environments', { name: 'production' })).statusCode).toBe(201);
    expect((await as(readToken, 'GET', '/environments')).statusCode).toBe(200);
    const readWrites = await as(readToken, 'POST', '/environments', { name: 'staging' });
    expect(readWrites.statusCode).toBe(403);
    expect(readWrites.json()).toMatchObject({ code: 'auth.forbidden' });
    expect((await as(writeToken, 'GET', '/tokens')).statusCode).toBe(403);
  });

  it('accepts the token as the Basic auth password, as Pact clients send it', async () => {
    const basic = Buffer.from(`anyone:${readToken}`).toString('base64');
    const response = await broker.api({
      method: 'GET',
      url: '/services',
      headers: { authorization: `Basic ${basic}` },
    });
    expect(response.statusCode).toBe(200);
  });

  it('revokes a token, after which it is refused; revoking again is a 404', async () => {
    const id = (await as(adminToken, 'GET', '/tokens'))
      .json<{ items: Array<{ id: number; name: string }> }>()
      .items.find((token) => token.name === 'dashboard')!.id;
    expect((await as(adminToken, 'DELETE', `/tokens/${id}`)).statusCode).toBe(204);
    expect((await as(readToken, 'GET', '/services')).statusCode).toBe(401);
    expect((await as(adminToken, 'DELETE', `/tokens/${id}`)).json()).toMatchObject({
      code: 'token.not-found',
    });
  });

  it('refuses a token request with an unknown role', async () => {
    expect((await as(adminToken, 'POST', '/tokens', { name: 'x', role: 'root' })).statusCode).toBe(400);
  });
});
