import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import { getVersion, latestVersion, listVersions, putVersion } from './version-service.js';

describe('Pact API version service', () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore());
  });
  afterAll(() => close?.());

  it('creates a version with its pacticipant, branch and tags, then updates it: branches and tags added', async () => {
    const first = await putVersion(store, {
      pacticipant: 'web',
      number: 'w1',
      branch: 'main',
      tags: ['prod'],
    });
    expect(first.created).toBe(true);
    expect(first.version).toMatchObject({ service: 'web', number: 'w1', branch: 'main', tags: ['prod'] });
    const again = await putVersion(store, {
      pacticipant: 'web',
      number: 'w1',
      branch: 'other',
      tags: ['beta'],
    });
    expect(again.created).toBe(false);
    expect(again.version).toMatchObject({
      id: first.version.id,
      branch: 'main',
      branches: ['main', 'other'],
      tags: ['beta', 'prod'],
    });
    // `main` became the new pacticipant's main branch.
    expect((await store.services.find('web'))?.mainBranch).toBe('main');
  });

  it('returns the environments the version links to for recording deployments', async () => {
    await store.environments.create({ name: 'production', displayName: 'Production', production: true });
    const { environments } = await getVersion(store, 'web', 'w1');
    expect(environments.map((environment) => environment.name)).toContain('production');
  });

  it('writes nothing when a step of the put fails (one transaction)', async () => {
    const failing = failingIn(store, 'versions.addTags');
    await expect(
      putVersion(failing, { pacticipant: 'ghost', number: 'g1', branch: 'main', tags: ['prod'] }),
    ).rejects.toThrow('injected failure in versions.addTags');
    expect(await store.services.find('ghost')).toBeUndefined();
    expect(await store.versions.find('ghost', 'g1')).toBeUndefined();
  });

  it('lists every version of the pacticipant, and 404s for an unknown one', async () => {
    await putVersion(store, { pacticipant: 'lister', number: 'l1' });
    await putVersion(store, { pacticipant: 'lister', number: 'l2' });
    const { service, versions } = await listVersions(store, 'lister');
    expect(service.name).toBe('lister');
    expect(versions.map((version) => version.number).sort()).toEqual(['l1', 'l2']);
    await expect(listVersions(store, 'nobody')).rejects.toMatchObject({
      status: 404,
      code: 'service.not-found',
    });
  });

  it('gets one version, or 404s naming the missing pacticipant or version', async () => {
    expect((await getVersion(store, 'web', 'w1')).version.number).toBe('w1');
    await expect(getVersion(store, 'web', 'nope')).rejects.toMatchObject({ code: 'version.not-found' });
    await expect(getVersion(store, 'nobody', 'w1')).rejects.toMatchObject({ code: 'service.not-found' });
  });

  it('finds the latest version, and the latest with a tag', async () => {
    await putVersion(store, { pacticipant: 'tagged', number: 't1', tags: ['prod'] });
    await putVersion(store, { pacticipant: 'tagged', number: 't2', tags: ['prod'] });
    await putVersion(store, { pacticipant: 'tagged', number: 't3', tags: ['dev'] });
    expect((await latestVersion(store, 'tagged')).version.number).toBe('t3');
    expect((await latestVersion(store, 'tagged', 'prod')).version.number).toBe('t2');
    await expect(latestVersion(store, 'tagged', 'none')).rejects.toMatchObject({
      status: 404,
      code: 'version.not-found',
      message: 'tagged has no version tagged "none"',
    });
  });

  it('404s the latest version of a pacticipant without versions, or of an unknown one', async () => {
    await store.services.ensure('empty');
    await expect(latestVersion(store, 'empty')).rejects.toMatchObject({
      code: 'version.not-found',
      message: 'empty has no versions',
    });
    await expect(latestVersion(store, 'nobody', 'prod')).rejects.toMatchObject({ code: 'service.not-found' });
  });
});
