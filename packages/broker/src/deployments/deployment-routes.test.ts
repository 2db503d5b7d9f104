import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pageOf } from '../testing/bodies.js';

describe('/api/v1/environments/{name}/deployments and releases', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.api({
      method: 'POST',
      url: '/environments',
      payload: { name: 'production', production: true },
    });
    for (const version of ['1', '2', '3']) {
      await broker.api({ method: 'PUT', url: `/services/app/versions/${version}`, payload: {} });
    }
  });
  afterAll(() => broker.close());

  const current = async () =>
    pageOf<{ version: string; kind: string; applicationInstance: string | null }>(
      await broker.api({ method: 'GET', url: '/environments/production/deployed-versions?current=true' }),
    ).items.map((row) => [row.version, row.kind, row.applicationInstance]);

  it('records a deployment that replaces the previous one of the same instance', async () => {
    const first = await broker.api({
      method: 'POST',
      url: '/environments/production/deployments',
      payload: { service: 'app', version: '1' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      service: 'app',
      version: '1',
      kind: 'deployment',
      current: true,
      endedAt: null,
    });
    await broker.api({
      method: 'POST',
      url: '/environments/production/deployments',
      payload: { service: 'app', version: '2' },
    });
    await broker.api({
      method: 'POST',
      url: '/environments/production/deployments',
      payload: { service: 'app', version: '3', applicationInstance: 'eu' },
    });
    expect(await current()).toEqual([
      ['2', 'deployment', null],
      ['3', 'deployment', 'eu'],
    ]);
  });

  it('records releases, which accumulate, and ends support for one', async () => {
    for (const version of ['1', '2']) {
      const released = await broker.api({
        method: 'POST',
        url: '/environments/production/releases',
        payload: { service: 'app', version },
      });
      expect(released.statusCode).toBe(201);
    }
    expect((await current()).filter((row) => row[1] === 'release')).toEqual([
      ['1', 'release', null],
      ['2', 'release', null],
    ]);
    const ended = await broker.api({ method: 'DELETE', url: '/environments/production/releases/app/1' });
    expect(ended.statusCode).toBe(204);
    expect((await current()).filter((row) => row[1] === 'release')).toEqual([['2', 'release', null]]);
  });

  it('undeploys one application instance when asked to', async () => {
    await broker.api({
      method: 'POST',
      url: '/environments/production/deployments',
      payload: { service: 'app', version: '3', applicationInstance: 'us' },
    });
    const ended = await broker.api({
      method: 'DELETE',
      url: '/environments/production/deployments/app/3?applicationInstance=us',
    });
    expect(ended.statusCode).toBe(204);
    expect((await current()).filter((row) => row[1] === 'deployment')).toEqual([
      ['2', 'deployment', null],
      ['3', 'deployment', 'eu'],
    ]);
  });

  it('records an undeployment, and 404s one that is not current', async () => {
    expect(
      (await broker.api({ method: 'DELETE', url: '/environments/production/deployments/app/2' })).statusCode,
    ).toBe(204);
    const again = await broker.api({ method: 'DELETE', url: '/environments/production/deployments/app/2' });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ code: 'deployment.not-current' });
  });

  it('lists the history newest first with ended rows marked', async () => {
    const page = (
      await broker.api({ method: 'GET', url: '/environments/production/deployed-versions?limit=2' })
    ).json();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const all = pageOf<{ id: number; version: string; kind: string; current: boolean }>(
      await broker.api({ method: 'GET', url: '/environments/production/deployed-versions?limit=100' }),
    ).items;
    expect(all.map((row) => row.id)).toEqual([...all.map((row) => row.id)].sort((a, b) => b - a));
    expect(all.find((row) => row.version === '1' && row.kind === 'deployment')?.current).toBe(false);
  });

  it('404s unknown environments, services and versions, and 400s bad bodies', async () => {
    const post = (url: string, payload: object) => broker.api({ method: 'POST', url, payload });
    expect(
      (await post('/environments/mars/deployments', { service: 'app', version: '1' })).json(),
    ).toMatchObject({ code: 'environment.not-found' });
    expect(
      (await post('/environments/production/deployments', { service: 'ghost', version: '1' })).json(),
    ).toMatchObject({ code: 'service.not-found' });
    expect(
      (await post('/environments/production/releases', { service: 'app', version: '9' })).json(),
    ).toMatchObject({ code: 'version.not-found' });
    expect((await post('/environments/production/deployments', { service: 'app' })).statusCode).toBe(400);
    expect(
      (await broker.api({ method: 'GET', url: '/environments/production/deployed-versions?current=maybe' }))
        .statusCode,
    ).toBe(400);
  });
});
