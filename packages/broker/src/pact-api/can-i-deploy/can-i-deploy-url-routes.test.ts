import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../../testing/test-broker.js';
import { pactFiles } from '../testing/pact-files.js';

interface MatrixAnswer {
  summary: { deployable: boolean | null };
  matrix: Array<{
    consumer: { name: string; version: { number: string } };
    provider: { name: string; version: { number: string } };
  }>;
}

const encode = (text: string) => encodeURIComponent(text);
const tagToTag = (tag: string, to: string, pacticipant = 'web') =>
  `/pacticipants/${pacticipant}/latest-version/${encode(tag)}/can-i-deploy/to/${encode(to)}`;
const branchToEnvironment = (branch: string, environment: string, pacticipant = 'web') =>
  `/pacticipants/${pacticipant}/branches/${encode(branch)}/latest-version/can-i-deploy/to-environment/${encode(environment)}`;

/**
 * The can-i-deploy URL forms and their badges, over a Pact history (the Pact Broker's
 * `can_i_deploy_pacticipant_version_by_tag_to_tag` and `…_by_branch_to_environment` resources): web w1 (main)
 * passed orders o1, tagged prod and deployed to production; web w2 (feat/x) failed o1; web w3 (feat/y) was never
 * verified.
 */
describe('can-i-deploy URL forms and badges', () => {
  let broker: TestBroker;
  const get = (url: string) =>
    broker.app.inject({ method: 'GET', url, headers: { accept: 'application/hal+json' } });
  const ok = async (method: 'POST' | 'PUT', url: string, payload: object = {}) => {
    const response = await broker.app.inject({ method, url, payload });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  };
  const publish = (version: string, branch: string, path: string) =>
    ok('POST', '/contracts/publish', {
      pacticipantName: 'web',
      pacticipantVersionNumber: version,
      branch,
      tags: [branch],
      contracts: [
        {
          consumerName: 'web',
          providerName: 'orders',
          specification: 'pact',
          contentType: 'application/json',
          content: Buffer.from(JSON.stringify(pactFiles.v3('web', 'orders', path))).toString('base64'),
        },
      ],
    });
  const verify = async (version: string, success: boolean) => {
    const pact = (await get(`/pacts/provider/orders/consumer/web/version/${version}`)).json<{
      _links: Record<string, { href: string }>;
    }>();
    const url = new URL(pact._links['pb:publish-verification-results']!.href).pathname;
    await ok('POST', url, { success, providerApplicationVersion: 'o1', testResults: [] });
  };
  const matrixOf = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<MatrixAnswer>();
  };
  const badge = async (url: string, query = '') => {
    const response = await get(`${url}/badge${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.headers['cache-control']).toBe('no-cache');
    return response.body;
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    await publish('w1', 'main', 'one');
    await publish('w2', 'feat/x', 'two');
    await publish('w3', 'feat/y', 'three');
    await verify('w1', true);
    await verify('w2', false);
    await ok('PUT', '/pacticipants/orders/versions/o1/tags/prod');
    await ok('POST', '/environments', { name: 'production', displayName: 'Production', production: true });
    await broker.api({
      method: 'POST',
      url: '/environments/production/deployments',
      payload: { service: 'orders', version: 'o1' },
    });
  });
  afterAll(() => broker.close());

  it('answers tag to tag as the matrix: the latest tagged version against the others with the target tag', async () => {
    const yes = await matrixOf(tagToTag('main', 'prod'));
    expect(yes.summary.deployable).toBe(true);
    expect(yes.matrix).toMatchObject([
      {
        consumer: { name: 'web', version: { number: 'w1' } },
        provider: { name: 'orders', version: { number: 'o1' } },
      },
    ]);
    const no = await matrixOf(tagToTag('feat/x', 'prod'));
    expect(no.summary.deployable).toBe(false);
    expect((await matrixOf(tagToTag('feat/y', 'prod'))).summary.deployable).toBeNull();
  });

  it('answers branch to environment as the matrix with that environment, a slashed branch URL-encoded', async () => {
    const yes = await matrixOf(branchToEnvironment('main', 'production'));
    expect(yes.summary.deployable).toBe(true);
    expect(yes.matrix).toMatchObject([{ provider: { name: 'orders', version: { number: 'o1' } } }]);
    expect((await matrixOf(branchToEnvironment('feat/x', 'production'))).summary.deployable).toBe(false);
    expect((await matrixOf(branchToEnvironment('feat/y', 'production'))).summary.deployable).toBeNull();
  });

  it('never says yes for a target tag no version of the others has', async () => {
    expect((await matrixOf(tagToTag('main', 'staging'))).summary.deployable).not.toBe(true);
  });

  it('answers 404 naming the missing pacticipant, tag, branch or environment', async () => {
    const missing = async (url: string, code: string) => {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json<{ code: string }>().code, url).toBe(code);
    };
    await missing(tagToTag('main', 'prod', 'nobody'), 'service.not-found');
    await missing(tagToTag('release/9', 'prod'), 'version.not-found');
    await missing(branchToEnvironment('main', 'production', 'nobody'), 'service.not-found');
    await missing(branchToEnvironment('feat/none', 'production'), 'branch.not-found');
    await missing(branchToEnvironment('main', 'mars'), 'environment.not-found');
  });

  it('leaves the shorter …/latest-version/{tag} route answering the version', async () => {
    const version = await get('/pacticipants/web/latest-version/main');
    expect(version.statusCode, version.body).toBe(200);
    expect(version.json<{ number: string }>().number).toBe('w1');
  });

  it('draws a green, red or grey badge saying from what to what, with the verdict in its title', async () => {
    const green = await badge(tagToTag('main', 'prod'));
    expect(green).toContain('>main to prod</text>');
    expect(green).toContain('>can-i-deploy</text>');
    expect(green).toContain('<title>can-i-deploy: main to prod: deployable</title>');
    expect(green).toContain('fill="#4c1"');
    const red = await badge(branchToEnvironment('feat/x', 'production'));
    expect(red).toContain('>feat/x to production</text>');
    expect(red).toContain('<title>can-i-deploy: feat/x to production: not deployable</title>');
    expect(red).toContain('fill="#e05d44"');
    const grey = await badge(branchToEnvironment('feat/y', 'production'));
    expect(grey).toContain('<title>can-i-deploy: feat/y to production: unknown</title>');
    expect(grey).toContain('fill="#9f9f9f"');
    expect(grey).not.toContain('#4c1');
  });

  it('takes a custom label, escaped, and draws not-found badges for what is missing', async () => {
    const labelled = await badge(tagToTag('main', 'prod'), `?label=${encode('<ship & go>')}`);
    expect(labelled).toContain('>&lt;ship &amp; go&gt;</text>');
    expect(labelled).not.toContain('<ship');
    for (const [url, what] of [
      [tagToTag('main', 'prod', 'nobody'), 'pacticipant'],
      [tagToTag('release/9', 'prod'), 'version'],
      [branchToEnvironment('feat/none', 'production'), 'branch'],
      [branchToEnvironment('main', 'mars'), 'environment'],
    ] as const) {
      const svg = await badge(url);
      expect(svg, url).toContain(`<title>${what} not found</title>`);
      expect(svg, url).toContain('fill="#9f9f9f"');
    }
  });
});

describe('can-i-deploy URL forms with authentication on', () => {
  it('require a read token, on the page and on the badge', async () => {
    const { hashToken } = await import('../../auth/tokens.js');
    const broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken('admin-token-x') },
    });
    try {
      for (const url of [tagToTag('main', 'prod'), `${branchToEnvironment('main', 'production')}/badge`]) {
        expect((await broker.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
        const authorised = await broker.app.inject({
          method: 'GET',
          url,
          headers: { authorization: 'Bearer admin-token-x' },
        });
        expect(authorised.statusCode, url).not.toBe(401);
      }
    } finally {
      await broker.close();
    }
  });
});

// Pact Broker: `enable_public_badge_access` (default false) lets the badge resources be read without
// credentials (lib/pact_broker/api/authorization/resource_access_policy.rb, badge paths public for GET) so a
// README can embed them; the can-i-deploy answers themselves still need read access.
describe('public badge access (enablePublicBadgeAccess)', () => {
  it('serves the badges without a token, and nothing else, when the broker enables it', async () => {
    const { hashToken } = await import('../../auth/tokens.js');
    const { defaultPactSettings } = await import('../../config/pact-settings.js');
    const broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken('admin-token-x') },
      pact: { ...defaultPactSettings, enablePublicBadgeAccess: true },
    });
    try {
      for (const url of [
        `${tagToTag('main', 'prod')}/badge`,
        `${branchToEnvironment('feat/x', 'production')}/badge`,
        // Another spelling of the same route is the same route.
        `${branchToEnvironment('main', 'production')}/%62adge`,
      ]) {
        const badge = await broker.app.inject({ method: 'GET', url });
        expect(badge.statusCode, url).toBe(200);
        expect(badge.headers['content-type'], url).toContain('image/svg+xml');
        // Not found (no such pacticipant here), drawn as a badge rather than refused.
        expect(badge.body, url).toContain('not found');
      }
      for (const url of [
        tagToTag('main', 'prod'),
        branchToEnvironment('main', 'production'),
        '/pacticipants/web',
        '/matrix?q[][pacticipant]=web&latestby=cvp&latest=true',
      ])
        expect((await broker.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    } finally {
      await broker.close();
    }
  });

  it('links the badges from the pacticipant, templated, where the Pact Broker puts them', async () => {
    const broker = await startTestBroker();
    try {
      await broker.app.inject({
        method: 'PUT',
        url: '/pacticipants/web/branches/main/versions/w1',
        payload: {},
      });
      const links = (await broker.app.inject({ method: 'GET', url: '/pacticipants/web' })).json<{
        _links: Record<string, { href: string; templated?: boolean }>;
      }>()._links;
      expect(links['pb:can-i-deploy-badge']).toMatchObject({ templated: true });
      expect(decodeURI(new URL(links['pb:can-i-deploy-badge']!.href).pathname)).toBe(
        '/pacticipants/web/latest-version/{tag}/can-i-deploy/to/{environmentTag}/badge',
      );
      expect(decodeURI(new URL(links['pb:can-i-deploy-branch-to-environment-badge']!.href).pathname)).toBe(
        '/pacticipants/web/branches/{branch}/latest-version/can-i-deploy/to-environment/{environment}/badge',
      );
    } finally {
      await broker.close();
    }
  });
});
