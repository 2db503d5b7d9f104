import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../auth/tokens.js';
import { defaultPactSettings } from '../../config/pact-settings.js';
import { startTestBroker, type TestBroker } from '../../testing/test-broker.js';
import { pactFiles } from '../testing/pact-files.js';

const latest = '/pacts/provider/orders/consumer/web/latest';

/**
 * The Pact Broker's pact badges (lib/pact_broker/api/resources/badge.rb, badges/service.rb and
 * verifications/pseudo_branch_status.rb): the latest pact (with a tag, or untagged) by the latest verification of
 * those pacts — verified, changed (the latest verification was of other content), failed, unknown; "pact not found".
 */
describe('pact badges', () => {
  let broker: TestBroker;
  const ok = async (method: 'POST' | 'PUT', url: string, payload: object = {}) => {
    const response = await broker.app.inject({ method, url, payload });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  };
  const publish = (version: string, path: string, tags: string[]) =>
    ok(
      'PUT',
      `/pacts/provider/orders/consumer/web/version/${version}`,
      pactFiles.v3('web', 'orders', path),
    ).then(() =>
      Promise.all(tags.map((tag) => ok('PUT', `/pacticipants/web/versions/${version}/tags/${tag}`))),
    );
  const verify = async (version: string, success: boolean, providerVersion = 'o1') => {
    const pact = (
      await broker.app.inject({
        method: 'GET',
        url: `/pacts/provider/orders/consumer/web/version/${version}`,
      })
    ).json<{ _links: Record<string, { href: string }> }>();
    const url = new URL(pact._links['pb:publish-verification-results']!.href).pathname;
    await ok('POST', url, { success, providerApplicationVersion: providerVersion, testResults: [] });
  };
  /** The badge's title (its statement in words). */
  const says = async (url: string) => {
    const response = await broker.app.inject({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    return /<title>([^<]*)<\/title>/.exec(response.body)?.[1];
  };

  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  it('says unknown, verified, changed and failed as the latest pact and its verifications go', async () => {
    expect(await says(`${latest}/badge`)).toBe('pact not found');
    await publish('w1', 'one', ['prod']);
    expect(await says(`${latest}/badge`)).toBe('web/orders pact: unknown');
    await verify('w1', true);
    expect(await says(`${latest}/badge`)).toBe('web/orders pact: verified');
    await publish('w2', 'two', []);
    expect(await says(`${latest}/badge`)).toBe('web/orders pact: changed');
    // The prod pseudo branch is still w1, verified; the untagged one is only w2, never verified.
    expect(await says(`${latest}/prod/badge`)).toBe('web/orders pact: verified');
    expect(await says('/pacts/provider/orders/consumer/web/latest-untagged/badge')).toBe(
      'web/orders pact: unknown',
    );
    await verify('w2', false);
    expect(await says(`${latest}/badge?label=consumer`)).toBe('web pact: failed');
    expect(await says(`${latest}/nope/badge`)).toBe('pact not found');
  });

  it('rates the matrix badge by the verifications of provider versions with the provider tag', async () => {
    const matrix = (providerTag: string, tag: string) =>
      says(`/matrix/provider/orders/latest/${providerTag}/consumer/web/latest/${tag}/badge`);
    // From the first test: w1 (tagged prod, content one) verified by o1; w2 (untagged, content two) failed by o1.
    expect(await matrix('live', 'prod')).toBe('web/orders pact: unknown');
    await ok('PUT', '/pacticipants/orders/versions/o1/tags/live');
    expect(await matrix('live', 'prod')).toBe('web/orders pact: verified');
    expect(await matrix('live', 'nope')).toBe('pact not found');
    expect(await says('/matrix/provider/ghost/latest/live/consumer/web/latest/prod/badge')).toBe(
      'pact not found',
    );
    // A newer prod pact whose content no live provider version verified: the older verification stands, "changed".
    await publish('w3', 'three', ['prod']);
    expect(await matrix('live', 'prod')).toBe('web/orders pact: changed');
    // A live provider version fails it: the newest consumer version's verification counts.
    await verify('w3', false, 'o2');
    await ok('PUT', '/pacticipants/orders/versions/o2/tags/live');
    expect(await matrix('live', 'prod')).toBe('web/orders pact: failed');
    // A newer live provider version verifies it: the newest provider version's verification counts.
    await verify('w3', true, 'o3');
    await ok('PUT', '/pacticipants/orders/versions/o3/tags/live');
    expect(await matrix('live', 'prod')).toBe('web/orders pact: verified');
    // Provider versions without the tag never count.
    await verify('w3', false, 'o4');
    expect(await matrix('live', 'prod')).toBe('web/orders pact: verified');
  });

  it('needs a read token, unless the broker enables public badge access', async () => {
    for (const enablePublicBadgeAccess of [false, true]) {
      const guarded = await startTestBroker({
        auth: { mode: 'tokens', adminTokenHash: hashToken('admin-token-x') },
        pact: { ...defaultPactSettings, enablePublicBadgeAccess },
      });
      try {
        const badge = await guarded.app.inject({ method: 'GET', url: `${latest}/badge` });
        expect(badge.statusCode).toBe(enablePublicBadgeAccess ? 200 : 401);
        const matrixBadge = await guarded.app.inject({
          method: 'GET',
          url: '/matrix/provider/orders/latest/live/consumer/web/latest/prod/badge',
        });
        expect(matrixBadge.statusCode).toBe(enablePublicBadgeAccess ? 200 : 401);
        expect((await guarded.app.inject({ method: 'GET', url: latest })).statusCode).toBe(401);
      } finally {
        await guarded.close();
      }
    }
  });
});
