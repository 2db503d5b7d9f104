import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOf } from '../testing/bodies.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

describe('/api/v1/services/{name}/deployed-versions: where one service runs now', () => {
  let broker: TestBroker;
  const record = (environment: string, kind: 'deployments' | 'releases', service: string, version: string) =>
    broker.api({
      method: 'POST',
      url: `/environments/${environment}/${kind}`,
      payload: { service, version },
    });

  beforeAll(async () => {
    broker = await startTestBroker();
    for (const name of ['production', 'staging', 'test'])
      await broker.api({ method: 'POST', url: '/environments', payload: { name } });
    for (const [service, version] of [
      ['app', '1'],
      ['app', '2'],
      ['other', '9'],
    ])
      await broker.api({ method: 'PUT', url: `/services/${service}/versions/${version}`, payload: {} });
    await record('production', 'deployments', 'app', '1');
    await record('staging', 'deployments', 'app', '1');
    await record('staging', 'deployments', 'app', '2'); // replaces 1 there
    await record('test', 'releases', 'app', '2');
    await record('production', 'deployments', 'other', '9');
  });
  afterAll(() => broker.close());

  it("lists the service's current rows in every environment, and no other service's or ended ones", async () => {
    const response = await broker.api({ method: 'GET', url: '/services/app/deployed-versions' });
    expect(response.statusCode).toBe(200);
    const page = pageOf<{
      service: string;
      version: string;
      environment: string;
      kind: string;
      current: boolean;
    }>(response);
    expect(page.nextCursor).toBeNull();
    expect(
      page.items.map((row) => [row.environment, row.version, row.kind, row.current, row.service]),
    ).toEqual([
      ['production', '1', 'deployment', true, 'app'],
      ['staging', '2', 'deployment', true, 'app'],
      ['test', '2', 'release', true, 'app'],
    ]);
  });

  it('answers an empty page for a service deployed nowhere, 404 for an unknown one', async () => {
    await broker.api({ method: 'PUT', url: '/services/idle/versions/1', payload: {} });
    expect((await broker.api({ method: 'GET', url: '/services/idle/deployed-versions' })).json()).toEqual({
      items: [],
      nextCursor: null,
    });
    const unknown = await broker.api({ method: 'GET', url: '/services/ghost/deployed-versions' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('service.not-found');
  });
});
