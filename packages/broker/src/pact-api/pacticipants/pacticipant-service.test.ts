import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import { getPacticipant, listPacticipants, upsertPacticipant } from './pacticipant-service.js';

describe('Pact API pacticipant service', () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore());
  });
  afterAll(() => close?.());

  it('creates a pacticipant with its details, then updates only the fields given', async () => {
    const first = await upsertPacticipant(store, { name: 'web', displayName: 'Web', mainBranch: 'trunk' });
    expect(first.created).toBe(true);
    expect(first.pacticipant.service).toMatchObject({ name: 'web', mainBranch: 'trunk' });
    expect(first.pacticipant.details).toEqual({ displayName: 'Web', repositoryUrl: null });
    const second = await upsertPacticipant(store, { name: 'web', repositoryUrl: 'https://git.example/web' });
    expect(second.created).toBe(false);
    expect(second.pacticipant.service.mainBranch).toBe('trunk');
    expect(second.pacticipant.details).toEqual({
      displayName: 'Web',
      repositoryUrl: 'https://git.example/web',
    });
  });

  it('clears the main branch only when asked with null', async () => {
    await upsertPacticipant(store, { name: 'web', mainBranch: null });
    expect((await getPacticipant(store, 'web')).service.mainBranch).toBeNull();
  });

  it('writes nothing when the update fails (one transaction with the creation)', async () => {
    const failing = failingIn(store, 'pact.pacticipants.update');
    await expect(upsertPacticipant(failing, { name: 'ghost', displayName: 'Ghost' })).rejects.toThrow(
      'injected failure in pact.pacticipants.update',
    );
    expect(await store.services.find('ghost')).toBeUndefined();
  });

  it('gets one pacticipant with its details, or 404s', async () => {
    expect((await getPacticipant(store, 'web')).details.displayName).toBe('Web');
    await expect(getPacticipant(store, 'nobody')).rejects.toMatchObject({
      status: 404,
      code: 'service.not-found',
    });
  });

  it('lists every pacticipant in name order, each with its details', async () => {
    await upsertPacticipant(store, { name: 'api' });
    const all = await listPacticipants(store);
    expect(all.map((found) => found.service.name)).toEqual(['api', 'web']);
    expect(all.map((found) => found.details.displayName)).toEqual([null, 'Web']);
  });
});
