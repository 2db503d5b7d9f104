import { loadSpec } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../http/mock-server.js';
import { send, startTestMock } from '../testing/mock-harness.js';
import { specResponder } from './spec-responder.js';

/** One GET operation per security scheme kind, plus required header and cookie parameters. */
const schemeSpec = {
  openapi: '3.1.0',
  info: { title: 'schemes', version: '1' },
  components: {
    securitySchemes: {
      queryKey: { type: 'apiKey', in: 'query', name: 'key' },
      cookieKey: { type: 'apiKey', in: 'cookie', name: 'sid' },
      basic: { type: 'http', scheme: 'basic' },
      oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://a.test/t', scopes: {} } } },
      oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://a.test/.well-known/openid-configuration' },
      mtls: { type: 'mutualTLS' },
    },
  },
  paths: Object.fromEntries([
    ...['queryKey', 'cookieKey', 'basic', 'oauth', 'oidc', 'mtls'].map((scheme) => [
      `/${scheme}`,
      { get: { security: [{ [scheme]: [] }], responses: { '204': { description: 'ok' } } } },
    ]),
    [
      '/both',
      { get: { security: [{ queryKey: [], basic: [] }], responses: { '204': { description: 'ok' } } } },
    ],
    [
      '/required',
      {
        get: {
          parameters: [
            { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'region', in: 'cookie', required: true, schema: { type: 'string' } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
    ],
  ]),
};

let mock: MockServer;
beforeAll(async () => {
  mock = await startTestMock(specResponder(await loadSpec(schemeSpec), { seed: 1, dynamic: false }));
});
afterAll(() => mock.close());

const status = async (path: string, headers: Record<string, string> = {}) =>
  (await send(mock.url + path, { headers })).status;

describe('signet mock --spec: each security scheme kind, broken and met', () => {
  it('apiKey in the query and in a cookie', async () => {
    expect(await status('/queryKey')).toBe(401);
    expect(await status('/queryKey?key=k')).toBe(204);
    expect(await status('/cookieKey', { cookie: 'other=1' })).toBe(401);
    expect(await status('/cookieKey', { cookie: 'other=1; sid=s' })).toBe(204);
  });

  it('http basic, oauth2 and OpenID Connect want their Authorization scheme with credentials', async () => {
    expect(await status('/basic', { authorization: 'Bearer t' })).toBe(401);
    expect(await status('/basic', { authorization: 'Basic' })).toBe(401);
    expect(await status('/basic', { authorization: 'Basic YTpi' })).toBe(204);
    for (const path of ['/oauth', '/oidc']) {
      expect(await status(path, { authorization: 'Basic YTpi' })).toBe(401);
      expect(await status(path, { authorization: 'Bearer t' })).toBe(204);
    }
  });

  it('mutualTLS can never be met by the mock, and says so', async () => {
    const answer = await send(`${mock.url}/mtls`, { headers: { authorization: 'Bearer t' } });
    expect(answer.status).toBe(401);
    expect(answer.text).toContain('mutual TLS, not available from the mock');
  });

  it('a requirement of two schemes needs both', async () => {
    expect(await status('/both?key=k')).toBe(401);
    expect(await status('/both', { authorization: 'Basic YTpi' })).toBe(401);
    expect(await status('/both?key=k', { authorization: 'Basic YTpi' })).toBe(204);
  });

  it('400 for a missing required header and a missing required cookie', async () => {
    const answer = await send(`${mock.url}/required`);
    expect(answer.status).toBe(400);
    const at = (answer.json as { violations: Array<{ location: string }> }).violations.map((v) => v.location);
    expect(at).toEqual(['header.X-Tenant', 'cookie.region']);
    expect(await status('/required', { 'x-tenant': 't', cookie: 'region=eu' })).toBe(204);
  });
});
