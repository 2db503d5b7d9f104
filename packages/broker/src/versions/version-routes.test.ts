import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pageOf } from '../testing/bodies.js';

describe('/api/v1/services/{name}/versions', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  const put = (url: string, payload: object = {}) => broker.api({ method: 'PUT', url, payload });

  it('creates a version with branch and tags, idempotently, and makes main the main branch', async () => {
    const created = await put('/services/orders/versions/abc123', { branch: 'main', tags: ['rc'] });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      service: 'orders',
      number: 'abc123',
      branch: 'main',
      tags: ['rc'],
    });
    expect((await put('/services/orders/versions/abc123', { branch: 'main' })).json().tags).toEqual(['rc']);
    expect((await broker.api({ method: 'GET', url: '/services/orders' })).json().mainBranch).toBe('main');
  });

  it('adds a tag', async () => {
    const tagged = await put('/services/orders/versions/abc123/tags/prod');
    expect(tagged.json().tags).toEqual(['prod', 'rc']);
  });

  it('lists newest first, filters by branch, and pages', async () => {
    await put('/services/orders/versions/def456', { branch: 'feature-x' });
    await put('/services/orders/versions/ghi789', { branch: 'main' });
    const all = pageOf<{ number: string }>(
      await broker.api({ method: 'GET', url: '/services/orders/versions' }),
    );
    expect(all.items.map((version) => version.number)).toEqual(['ghi789', 'def456', 'abc123']);
    const main = pageOf<{ number: string }>(
      await broker.api({ method: 'GET', url: '/services/orders/versions?branch=main&limit=1' }),
    );
    expect(main.items.map((version) => version.number)).toEqual(['ghi789']);
    const next = pageOf<{ number: string }>(
      await broker.api({
        method: 'GET',
        url: `/services/orders/versions?branch=main&limit=1&cursor=${main.nextCursor}`,
      }),
    );
    expect(next.items.map((version) => version.number)).toEqual(['abc123']);
  });

  it('shows one version and 404s unknown services and versions distinctly', async () => {
    expect(
      (await broker.api({ method: 'GET', url: '/services/orders/versions/def456' })).json(),
    ).toMatchObject({ branch: 'feature-x' });
    expect((await broker.api({ method: 'GET', url: '/services/orders/versions/nope' })).json()).toMatchObject(
      { code: 'version.not-found' },
    );
    expect((await broker.api({ method: 'GET', url: '/services/ghost/versions/1' })).json()).toMatchObject({
      code: 'service.not-found',
    });
    expect((await broker.api({ method: 'GET', url: '/services/ghost/versions' })).statusCode).toBe(404);
  });

  it('shows every branch a version is on, the first as `branch`', async () => {
    await put('/services/orders/versions/multi1', { branch: 'main' });
    const twice = await put('/services/orders/versions/multi1', { branch: 'release-2' });
    expect(twice.json()).toMatchObject({ branch: 'main', branches: ['main', 'release-2'] });
    expect(
      (await broker.api({ method: 'GET', url: '/services/orders/versions/multi1' })).json(),
    ).toMatchObject({ branch: 'main', branches: ['main', 'release-2'] });
  });

  it('refuses bad tags and branches', async () => {
    expect((await put('/services/orders/versions/x1', { tags: 'prod' })).statusCode).toBe(400);
    expect((await put('/services/orders/versions/x1', { branch: 'has space' })).json()).toMatchObject({
      issues: [{ path: 'body.branch' }],
    });
  });
});
