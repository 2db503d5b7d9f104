import { describe, expect, it } from 'vitest';
import { allPages } from './all-pages.js';
import { maxPageSize, type Page, type PageRequest } from './page.js';

/** A list of `size` numbers served in pages, as the store serves rows. */
function pagedList(size: number) {
  const requests: PageRequest[] = [];
  const read = (request: PageRequest): Promise<Page<number>> => {
    requests.push(request);
    const start = request.cursor === undefined ? 0 : Number(request.cursor);
    const end = Math.min(size, start + (request.limit ?? 20));
    const items = Array.from({ length: end - start }, (_, i) => start + i);
    return Promise.resolve({ items, nextCursor: end < size ? String(end) : null });
  };
  return { read, requests };
}

describe('allPages', () => {
  it('reads every page at the largest page size, in order', async () => {
    const list = pagedList(2 * maxPageSize + 7);
    expect(await allPages(list.read)).toEqual(Array.from({ length: 2 * maxPageSize + 7 }, (_, i) => i));
    expect(list.requests.map((request) => request.limit)).toEqual([maxPageSize, maxPageSize, maxPageSize]);
  });

  it('reads an empty list once', async () => {
    const list = pagedList(0);
    expect(await allPages(list.read)).toEqual([]);
    expect(list.requests).toHaveLength(1);
  });
});
