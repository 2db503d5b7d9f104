import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import {
  createPactEnvironment,
  deletePactEnvironment,
  getPactEnvironment,
  listPactEnvironments,
  updatePactEnvironment,
} from './environment-service.js';
import { environmentUuid } from './environment-uuid.js';

describe('Pact API environment service', () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore());
  });
  afterAll(() => close?.());

  it('creates an environment with its contacts; a taken name is a Pact field error', async () => {
    const created = await createPactEnvironment(store, {
      name: 'production',
      displayName: 'Production',
      production: true,
      contacts: [{ name: 'ops' }],
    });
    expect(created.environment).toMatchObject({
      name: 'production',
      displayName: 'Production',
      production: true,
    });
    expect(created.contacts).toEqual([{ name: 'ops' }]);
    await expect(createPactEnvironment(store, { name: 'production' })).rejects.toMatchObject({
      status: 400,
      errors: { name: ["Another environment with name 'production' already exists."] },
    });
  });

  it('creates nothing when storing the contacts fails (one transaction)', async () => {
    const failing = failingIn(store, 'pact.environments.setContacts');
    await expect(createPactEnvironment(failing, { name: 'ghost', contacts: [] })).rejects.toThrow(
      'injected failure',
    );
    expect(await store.environments.find('ghost')).toBeUndefined();
  });

  it('gets an environment by uuid or by name, or 404s', async () => {
    const byName = await getPactEnvironment(store, 'production');
    const byUuid = await getPactEnvironment(store, environmentUuid(byName.environment));
    expect(byUuid).toEqual(byName);
    await expect(getPactEnvironment(store, 'nowhere')).rejects.toMatchObject({
      status: 404,
      code: 'environment.not-found',
    });
  });

  it('lists every environment oldest first, or the one named', async () => {
    await createPactEnvironment(store, { name: 'test' });
    expect((await listPactEnvironments(store)).map((found) => found.environment.name)).toEqual([
      'production',
      'test',
    ]);
    const named = await listPactEnvironments(store, 'test');
    expect(named.map((found) => [found.environment.name, found.contacts])).toEqual([['test', []]]);
  });

  it('updates name, display name, production and contacts, defaulting as Pact does', async () => {
    const uuid = environmentUuid((await getPactEnvironment(store, 'test')).environment);
    const updated = await updatePactEnvironment(store, uuid, () => ({
      name: 'staging',
      contacts: [{ x: 1 }],
    }));
    expect(updated.environment).toMatchObject({ name: 'staging', displayName: 'staging', production: false });
    expect(updated.contacts).toEqual([{ x: 1 }]);
    const again = await updatePactEnvironment(store, uuid, () => ({ name: 'staging', production: true }));
    expect(again.environment.production).toBe(true);
    expect(again.contacts).toEqual([]);
  });

  it('refuses a name another environment has, and 404s before reading the body of an unknown one', async () => {
    const uuid = environmentUuid((await getPactEnvironment(store, 'staging')).environment);
    await expect(updatePactEnvironment(store, uuid, () => ({ name: 'production' }))).rejects.toMatchObject({
      errors: { name: ["Another environment with name 'production' already exists."] },
    });
    const readInput = () => {
      throw new Error('the body was read');
    };
    await expect(updatePactEnvironment(store, 'nowhere', readInput)).rejects.toMatchObject({
      code: 'environment.not-found',
    });
  });

  it('changes nothing when the update fails part-way (one transaction)', async () => {
    const failing = failingIn(store, 'pact.environments.setContacts');
    await expect(updatePactEnvironment(failing, 'staging', () => ({ name: 'renamed' }))).rejects.toThrow(
      'injected failure',
    );
    expect(await store.environments.find('renamed')).toBeUndefined();
    expect((await getPactEnvironment(store, 'staging')).environment.production).toBe(true);
  });

  it('deletes an environment with what was deployed there; then it is a 404', async () => {
    const staging = (await getPactEnvironment(store, 'staging')).environment;
    const service = await store.services.ensure('web');
    const version = await store.versions.ensure(service.id, 'w1');
    await store.deployedVersions.deploy(
      { serviceId: service.id, versionId: version.id, environmentId: staging.id },
      '',
    );
    await deletePactEnvironment(store, environmentUuid(staging));
    expect(await store.environments.find('staging')).toBeUndefined();
    expect(await store.deployedVersions.current({ environmentId: staging.id })).toEqual([]);
    await expect(deletePactEnvironment(store, 'staging')).rejects.toMatchObject({
      code: 'environment.not-found',
    });
  });
});
