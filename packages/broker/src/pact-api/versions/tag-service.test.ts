import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { failingIn, openTestStore } from '../testing/test-store.js';
import { deleteTag, getTag, putTag } from './tag-service.js';

describe('Pact API tag service', () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await openTestStore());
  });
  afterAll(() => close?.());

  it('creates the pacticipant, the version and the tag; a second put is not a creation', async () => {
    const first = await putTag(store, { pacticipant: 'web', number: 'w1', tag: 'prod' });
    expect(first).toMatchObject({ created: true, version: { service: 'web', number: 'w1', tags: ['prod'] } });
    expect((await putTag(store, { pacticipant: 'web', number: 'w1', tag: 'prod' })).created).toBe(false);
    const other = await putTag(store, { pacticipant: 'web', number: 'w1', tag: 'feat/x' });
    expect(other).toMatchObject({ created: true, version: { tags: ['feat/x', 'prod'] } });
  });

  it('writes nothing when tagging fails (one transaction)', async () => {
    const failing = failingIn(store, 'versions.addTags');
    await expect(putTag(failing, { pacticipant: 'ghost', number: 'g1', tag: 'prod' })).rejects.toThrow(
      'injected failure',
    );
    expect(await store.services.find('ghost')).toBeUndefined();
  });

  it('gets a tag, or 404s naming the missing pacticipant, version or tag', async () => {
    expect((await getTag(store, { pacticipant: 'web', number: 'w1', tag: 'prod' })).number).toBe('w1');
    await expect(getTag(store, { pacticipant: 'web', number: 'w1', tag: 'none' })).rejects.toMatchObject({
      status: 404,
      code: 'tag.not-found',
      message: 'web w1 has no tag "none"',
    });
    await expect(getTag(store, { pacticipant: 'web', number: 'w9', tag: 'prod' })).rejects.toMatchObject({
      code: 'version.not-found',
    });
    await expect(getTag(store, { pacticipant: 'nobody', number: 'w1', tag: 'prod' })).rejects.toMatchObject({
      code: 'service.not-found',
    });
  });

  it('deletes a tag once, then 404s; the version keeps its other tags', async () => {
    await deleteTag(store, { pacticipant: 'web', number: 'w1', tag: 'prod' });
    expect((await store.versions.find('web', 'w1'))?.tags).toEqual(['feat/x']);
    await expect(deleteTag(store, { pacticipant: 'web', number: 'w1', tag: 'prod' })).rejects.toMatchObject({
      code: 'tag.not-found',
    });
    await expect(deleteTag(store, { pacticipant: 'web', number: 'w9', tag: 'x' })).rejects.toMatchObject({
      code: 'version.not-found',
    });
  });
});
