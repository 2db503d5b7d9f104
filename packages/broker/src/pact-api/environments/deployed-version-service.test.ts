import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { openTestStore } from '../testing/test-store.js';
import {
  currentDeployedVersions,
  getDeployedVersion,
  recordDeployedVersion,
  updateDeployedVersion,
} from './deployed-version-service.js';
import { environmentUuid } from './environment-uuid.js';

describe('Pact API deployed and released version service', () => {
  let store: Store;
  let close: () => Promise<void>;
  let uuid: string;
  beforeAll(async () => {
    ({ store, close } = await openTestStore());
    const production = await store.environments.create({
      name: 'production',
      displayName: 'Production',
      production: true,
    });
    uuid = environmentUuid(production!);
    const web = await store.services.ensure('web');
    for (const number of ['w1', 'w2', 'w3']) await store.versions.ensure(web.id, number);
  });
  afterAll(() => close?.());

  const deploy = (version: string, applicationInstance?: string) =>
    recordDeployedVersion(store, {
      kind: 'deployment',
      environment: uuid,
      pacticipant: 'web',
      version,
      applicationInstance,
    });

  it('records a deployment in the environment addressed by uuid', async () => {
    const { row, environment } = await deploy('w1', 'a');
    expect(environment.name).toBe('production');
    expect(row).toMatchObject({
      kind: 'deployment',
      service: 'web',
      version: 'w1',
      applicationInstance: 'a',
      endedAt: null,
    });
  });

  it('404s a record for an unknown environment, pacticipant or version', async () => {
    await expect(
      recordDeployedVersion(store, {
        kind: 'deployment',
        environment: 'nowhere',
        pacticipant: 'web',
        version: 'w1',
      }),
    ).rejects.toMatchObject({ status: 404, code: 'environment.not-found' });
    await expect(deploy('w9')).rejects.toMatchObject({ code: 'version.not-found' });
    await expect(
      recordDeployedVersion(store, {
        kind: 'release',
        environment: uuid,
        pacticipant: 'nobody',
        version: 'w1',
      }),
    ).rejects.toMatchObject({ code: 'service.not-found' });
  });

  it('lists what is current by kind, pacticipant and instance; a new deployment replaces its instance’s', async () => {
    await deploy('w2', 'a');
    await deploy('w3', 'b');
    await recordDeployedVersion(store, {
      kind: 'release',
      environment: uuid,
      pacticipant: 'web',
      version: 'w1',
    });
    const current = (filter: {
      kind: 'deployment' | 'release';
      pacticipant?: string;
      applicationInstance?: string;
    }) =>
      currentDeployedVersions(store, { environment: uuid, ...filter }).then(({ rows }) =>
        rows.map((row) => `${row.version}@${row.applicationInstance}`).sort(),
      );
    expect(await current({ kind: 'deployment' })).toEqual(['w2@a', 'w3@b']);
    expect(await current({ kind: 'deployment', applicationInstance: 'b' })).toEqual(['w3@b']);
    expect(await current({ kind: 'deployment', pacticipant: 'nobody' })).toEqual([]);
    expect(await current({ kind: 'release' })).toEqual(['w1@']);
    await expect(
      currentDeployedVersions(store, { kind: 'release', environment: 'nowhere' }),
    ).rejects.toMatchObject({
      code: 'environment.not-found',
    });
  });

  it('gets a row by id only as its own kind, and 404s ids that are not numbers', async () => {
    const { row } = await deploy('w1', 'c');
    expect((await getDeployedVersion(store, String(row.id), 'deployment')).row.id).toBe(row.id);
    await expect(getDeployedVersion(store, String(row.id), 'release')).rejects.toMatchObject({
      code: 'release.not-found',
      message: `no released version ${row.id}`,
    });
    await expect(getDeployedVersion(store, 'abc', 'deployment')).rejects.toMatchObject({
      code: 'deployment.not-found',
    });
    await expect(getDeployedVersion(store, '99999', 'deployment')).rejects.toMatchObject({
      code: 'deployment.not-found',
    });
  });

  it('ends a current deployment once; not asked to end, or already ended, it answers the row unchanged', async () => {
    const { row } = await deploy('w1', 'd');
    const id = String(row.id);
    expect((await updateDeployedVersion(store, id, 'deployment', false)).row.endedAt).toBeNull();
    const ended = await updateDeployedVersion(store, id, 'deployment', true);
    expect(ended.row.endedAt).toBeInstanceOf(Date);
    const again = await updateDeployedVersion(store, id, 'deployment', true);
    expect(again.row.endedAt).toEqual(ended.row.endedAt);
    expect(
      (
        await currentDeployedVersions(store, {
          kind: 'deployment',
          environment: uuid,
          applicationInstance: 'd',
        })
      ).rows,
    ).toEqual([]);
    await expect(updateDeployedVersion(store, '99999', 'release', true)).rejects.toMatchObject({
      code: 'release.not-found',
    });
  });
});
