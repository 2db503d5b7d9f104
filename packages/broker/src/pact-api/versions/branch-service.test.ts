import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import {
  deleteBranch,
  getBranch,
  getBranchVersion,
  listBranches,
  putBranchVersion,
} from './branch-service.js';

describe('Pact API branch service', () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore());
  });
  afterAll(() => close?.());

  it('puts a new version on a branch (created), and again (not created)', async () => {
    const input = { pacticipant: 'web', branch: 'feat/x', number: 'w1' };
    expect(await putBranchVersion(store, input)).toEqual({ created: true });
    expect((await store.versions.find('web', 'w1'))?.branch).toBe('feat/x');
    expect(await putBranchVersion(store, input)).toEqual({ created: false });
  });

  it('puts a version on a second branch, keeping the first (Pact Broker: a version may be on many)', async () => {
    const input = { pacticipant: 'web', branch: 'main', number: 'w1' };
    expect(await putBranchVersion(store, input)).toEqual({ created: true });
    expect(await putBranchVersion(store, input)).toEqual({ created: false });
    const w1 = await store.versions.find('web', 'w1');
    expect([w1?.branch, w1?.branches]).toEqual(['feat/x', ['feat/x', 'main']]);
  });

  it('makes a candidate branch the main branch of a pacticipant without one', async () => {
    await putBranchVersion(store, { pacticipant: 'api', branch: 'main', number: 'a1' });
    expect((await store.services.find('api'))?.mainBranch).toBe('main');
  });

  it('writes nothing when the put fails (one transaction)', async () => {
    const failing = failingIn(store, 'versions.ensure');
    await expect(
      putBranchVersion(failing, { pacticipant: 'ghost', branch: 'main', number: 'g1' }),
    ).rejects.toThrow('injected failure');
    expect(await store.services.find('ghost')).toBeUndefined();
  });

  it('lists branches newest first, and 404s for an unknown pacticipant', async () => {
    await putBranchVersion(store, { pacticipant: 'web', branch: 'later', number: 'w2' });
    expect((await listBranches(store, 'web')).branches).toEqual(['later', 'main', 'feat/x']);
    await expect(listBranches(store, 'nobody')).rejects.toMatchObject({ code: 'service.not-found' });
  });

  it('gets a branch, or 404s', async () => {
    expect((await getBranch(store, 'web', 'feat/x')).name).toBe('web');
    await expect(getBranch(store, 'web', 'none')).rejects.toMatchObject({
      status: 404,
      code: 'branch.not-found',
      message: 'web has no branch "none"',
    });
  });

  it('gets a branch version only when the version is on that branch', async () => {
    await expect(
      getBranchVersion(store, { pacticipant: 'web', branch: 'feat/x', number: 'w1' }),
    ).resolves.toBeUndefined();
    await expect(
      getBranchVersion(store, { pacticipant: 'web', branch: 'later', number: 'w1' }),
    ).rejects.toMatchObject({ code: 'branch-version.not-found' });
    await expect(
      getBranchVersion(store, { pacticipant: 'web', branch: 'feat/x', number: 'w9' }),
    ).rejects.toMatchObject({ code: 'version.not-found' });
  });

  it('deletes a branch, keeping its versions (on their other branches); a second delete 404s', async () => {
    await deleteBranch(store, 'web', 'feat/x');
    const w1 = await store.versions.find('web', 'w1');
    expect([w1?.branch, w1?.branches]).toEqual(['main', ['main']]);
    await deleteBranch(store, 'web', 'main');
    expect((await store.versions.find('web', 'w1'))?.branch).toBeNull();
    expect((await listBranches(store, 'web')).branches).toEqual(['later']);
    await expect(deleteBranch(store, 'web', 'feat/x')).rejects.toMatchObject({ code: 'branch.not-found' });
    await expect(deleteBranch(store, 'nobody', 'main')).rejects.toMatchObject({ code: 'service.not-found' });
  });
});
