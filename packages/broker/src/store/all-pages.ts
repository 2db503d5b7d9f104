import { maxPageSize, type Page, type PageRequest } from './page.js';

/**
 * Every item of a cursor-paged list, read page by page at the largest page size: for answers that must be
 * whole (the Pact API's lists, which have no cursor of their own), so nothing stops silently at one page.
 *
 * @example const versions = await allPages((page) => store.versions.list(service.id, page));
 */
export async function allPages<T>(read: (request: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit: maxPageSize, ...(cursor === undefined ? {} : { cursor }) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
