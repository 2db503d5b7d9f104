import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pactFiles } from './testing/pact-files.js';

const adminToken = 'pact-api-admin-token-for-tests';
const basic = (token: string) => `Basic ${Buffer.from(`ci:${token}`).toString('base64')}`;
const hal = { accept: 'application/hal+json', authorization: basic(adminToken) };
const publishBody = (content: object, overrides: object = {}) => ({
  pacticipantName: 'web',
  pacticipantVersionNumber: 'w1',
  branch: 'main',
  contracts: [
    {
      consumerName: 'web',
      providerName: 'inventory',
      specification: 'pact',
      contentType: 'application/json',
      content: Buffer.from(JSON.stringify(content)).toString('base64'),
    },
  ],
  ...overrides,
});

/** The Pact HAL API in-process: relations, error shapes, interaction ids and auth. */
describe('Pact Broker HAL API', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken(adminToken) } });
  });
  afterAll(() => broker.close());
  const call = (
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = hal,
  ) => broker.app.inject({ method, url, payload, headers });

  it('serves the HAL index with the pb: relations clients look up, and curies', async () => {
    const index = await call('GET', '/');
    expect(index.headers['content-type']).toContain('application/hal+json');
    const links = index.json<{ _links: Record<string, { href: string; templated?: boolean }> }>()._links;
    for (const rel of [
      'pb:publish-contracts',
      'pb:latest-provider-pacts',
      'pb:pacticipants',
      'pb:pacticipant',
      'pb:latest-version',
      'pb:pacticipant-version',
      'pb:pacticipant-version-tag',
      'pb:pacticipant-branch-version',
      'pb:environments',
      'pb:environment',
      'pb:webhooks',
      'pb:latest-pact-versions',
      'pb:can-i-deploy-pacticipant-version-to-environment',
      'curies',
    ])
      expect(links, rel).toHaveProperty([rel]);
    expect(links['pb:provider-pacts-for-verification']).toEqual(
      expect.objectContaining({
        href: 'http://localhost:80/pacts/provider/{provider}/for-verification',
        templated: true,
      }),
    );
  });

  it('requires a token, taken from the Basic auth password (any username) or a bearer header', async () => {
    expect((await call('GET', '/', undefined, { accept: 'application/hal+json' })).statusCode).toBe(401);
    expect((await call('GET', '/', undefined, { authorization: basic('wrong') })).statusCode).toBe(401);
    expect((await call('GET', '/', undefined, { authorization: `Bearer ${adminToken}` })).statusCode).toBe(
      200,
    );
  });

  it('answers invalid publications with 400 {errors: {field: [messages]}}', async () => {
    const wrongName = await call(
      'POST',
      '/contracts/publish',
      publishBody(pactFiles.v3('mobile', 'inventory', 'x')),
    );
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json()).toEqual({
      errors: { 'contracts.0.content': ['consumer name in the pact must be "web"'] },
    });
    const missing = await call('POST', '/contracts/publish', { pacticipantName: 'web', contracts: [] });
    expect(Object.keys(missing.json<{ errors: object }>().errors).sort()).toEqual([
      'contracts',
      'pacticipantVersionNumber',
    ]);
  });

  it('publishes, serves the pact with an _id per interaction, and refuses changed content with 409', async () => {
    const published = await call(
      'POST',
      '/contracts/publish',
      publishBody(pactFiles.v3('web', 'inventory', 'one')),
    );
    expect(published.statusCode).toBe(200);
    expect(published.json<{ notices: Array<{ text: string }> }>().notices.at(-1)!.text).toContain(
      'Created pact for web version w1',
    );
    const pact = (await call('GET', '/pacts/provider/inventory/consumer/web/latest')).json<{
      interactions: Array<{ _id: string }>;
      _links: Record<string, { href: string }>;
    }>();
    expect(pact.interactions[0]!._id).toMatch(/^[0-9a-f]{40}$/);
    expect(pact._links['pb:publish-verification-results']!.href).toMatch(
      /\/pact-version\/[0-9a-f]{64}\/verification-results$/,
    );
    const changed = await call(
      'POST',
      '/contracts/publish',
      publishBody(pactFiles.v3('web', 'inventory', 'two')),
    );
    expect(changed.statusCode).toBe(409);
    expect(changed.json<{ errors: { contracts: string[] } }>().errors.contracts[0]).toContain(
      'already has a different contract',
    );
  });

  it('validates pacts-for-verification selectors with field errors', async () => {
    const response = await call('POST', '/pacts/provider/inventory/for-verification', {
      consumerVersionSelectors: [{ tag: 'a', branch: 'b' }, { environment: 'mars' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errors: {
        consumerVersionSelectors: [
          'cannot specify both a tag and a branch (at index 0)',
          "no environment with name 'mars' exists (at index 1)",
        ],
      },
    });
  });

  it('counts a verification published through the Pact API as a Pact verification of that content', async () => {
    const pacts = (
      await call('POST', '/pacts/provider/inventory/for-verification', {
        consumerVersionSelectors: [{ mainBranch: true }],
      })
    ).json<{ _embedded: { pacts: Array<{ _links: { self: { href: string } } }> } }>()._embedded.pacts;
    expect(pacts).toHaveLength(1);
    const pact = (await call('GET', new URL(pacts[0]!._links.self.href).pathname)).json<{
      _links: Record<string, { href: string }>;
    }>();
    const resultsUrl = new URL(pact._links['pb:publish-verification-results']!.href).pathname;
    const posted = await call('POST', resultsUrl, {
      success: true,
      providerApplicationVersion: 'p9',
      testResults: [],
    });
    expect(posted.statusCode).toBe(201);
    const verifications = await broker.api({
      method: 'GET',
      url: '/services/inventory/versions/p9/verifications',
      headers: hal,
    });
    expect(verifications.json()).toMatchObject({ items: [{ kind: 'pact', success: true }] });
  });
});
