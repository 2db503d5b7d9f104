import { describe, expect, it } from 'vitest';
import { parseContract } from '../../contracts/index.js';
import { loadSpec } from '../../specs/index.js';
import { compare } from '../index.js';

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
components:
  securitySchemes:
    basic: { type: http, scheme: basic }
    bearer: { type: http, scheme: bearer }
    key: { type: apiKey, in: header, name: X-Key }
    queryKey: { type: apiKey, in: query, name: key }
    cookieKey: { type: apiKey, in: cookie, name: SESSION }
    oauth: { type: oauth2, flows: { implicit: { authorizationUrl: 'https://x', scopes: {} } } }
    oidc: { type: openIdConnect, openIdConnectUrl: 'https://x' }
security: [ { basic: [] } ]
paths:
  /default: { get: { responses: { '200': { description: ok }, '401': { description: no } } } }
  /bearer: { get: { security: [ { bearer: [] } ], responses: { '200': { description: ok } } } }
  /either: { get: { security: [ { key: [] }, { queryKey: [] } ], responses: { '200': { description: ok } } } }
  /both: { get: { security: [ { key: [], cookieKey: [] } ], responses: { '200': { description: ok } } } }
  /oauth: { get: { security: [ { oauth: [] }, { oidc: [] } ], responses: { '200': { description: ok } } } }
  /open: { get: { security: [ {} ], responses: { '200': { description: ok } } } }
`;

async function check(path: string, request: Record<string, unknown> = {}, status = 200): Promise<string[]> {
  const contract = parseContract({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [{ description: 'd', request: { method: 'GET', path, ...request }, response: { status } }],
  });
  return compare(await loadSpec(yaml), contract).findings.map(
    (f) => `${f.code} ${f.mockDetails.location.replace(/^\[root\]\.interactions\[0\]\./, '')}`,
  );
}

describe('security requirements', () => {
  it('applies the root requirement and checks the http scheme case-insensitively', async () => {
    expect(await check('/default')).toEqual(['request.authorization.missing request.headers']);
    expect(await check('/default', { headers: { Authorization: 'BASIC dTpw' } })).toEqual([]);
    expect(await check('/default', { headers: { Authorization: 'Bearer t' } })).toEqual([
      'request.authorization.incompatible request.headers.authorization',
    ]);
    expect(await check('/bearer', { headers: { authorization: 'bearer t' } })).toEqual([]);
  });

  it('names the wrong scheme when a credential is sent in another one', async () => {
    const contract = parseContract({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        {
          description: 'd',
          request: { method: 'GET', path: '/bearer', headers: { Authorization: 'Basic dTpw' } },
          response: { status: 200 },
        },
      ],
    });
    const [finding, ...rest] = compare(await loadSpec(yaml), contract).findings;
    expect(rest).toEqual([]);
    expect(finding?.code).toBe('request.authorization.incompatible');
    expect(finding?.type).toBe('error');
    expect(finding?.message).toContain('Basic');
    expect(finding?.message).toContain('bearer');
    // An apiKey requirement is not a scheme an Authorization header can get wrong: still missing.
    expect(await check('/either', { headers: { Authorization: 'Basic dTpw' } })).toEqual([
      'request.authorization.missing request.headers',
    ]);
  });

  it('ORs requirements and ANDs the schemes inside one', async () => {
    expect(await check('/either', { headers: { 'X-Key': 'k' } })).toEqual([]);
    expect(await check('/either', { query: 'key=k' })).toEqual([]);
    expect(await check('/either')).toEqual(['request.authorization.missing request.headers']);
    expect(await check('/both', { headers: { 'X-Key': 'k' } })).toEqual([
      'request.authorization.missing request.headers',
    ]);
    expect(await check('/both', { headers: { 'X-Key': 'k', Cookie: 'a=1; SESSION=s' } })).toEqual([]);
  });

  it('reports a missing query key at request.query, and does not call the key unknown', async () => {
    const spec = yaml.replace('[ { key: [] }, { queryKey: [] } ]', '[ { queryKey: [] } ]');
    const contract = (query?: string) =>
      parseContract({
        consumer: { name: 'c' },
        provider: { name: 'p' },
        interactions: [
          {
            description: 'd',
            request: { method: 'GET', path: '/either', ...(query ? { query } : {}) },
            response: { status: 200 },
          },
        ],
      });
    const loaded = await loadSpec(spec);
    expect(compare(loaded, contract()).findings.map((f) => f.mockDetails.location)).toEqual([
      '[root].interactions[0].request.query',
    ]);
    expect(compare(loaded, contract('key=k')).findings).toEqual([]);
  });

  it('needs some credential for oauth2 and openIdConnect, and none for an empty requirement', async () => {
    expect(await check('/oauth')).toEqual(['request.authorization.missing request.headers']);
    expect(await check('/oauth', { headers: { Authorization: 'Bearer t' } })).toEqual([]);
    expect(await check('/open')).toEqual([]);
  });

  it('is not checked when the consumer expects a 4xx answer', async () => {
    expect(await check('/default', {}, 401)).toEqual([]);
  });

  it("honours PactFlow's x-opc-config-no-authorization-schema: any Authorization header meets an http scheme", async () => {
    const lenient = yaml.replace(
      "info: { title: t, version: '1' }",
      "info: { title: t, version: '1', x-opc-config-no-authorization-schema: true }",
    );
    const contract = (headers: Record<string, string>) =>
      parseContract({
        consumer: { name: 'c' },
        provider: { name: 'p' },
        interactions: [
          {
            description: 'd',
            request: { method: 'GET', path: '/bearer', headers },
            response: { status: 200 },
          },
        ],
      });
    const spec = await loadSpec(lenient);
    expect(compare(spec, contract({ Authorization: 'Basic dTpw' })).findings).toEqual([]);
    expect(compare(spec, contract({})).findings.map((f) => f.code)).toEqual([
      'request.authorization.missing',
    ]);
  });
});
