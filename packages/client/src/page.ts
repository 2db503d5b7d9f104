/** One page of a cursor-paginated list (the broker's maximum page size is 100). */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** `?limit=&cursor=`, accepted by every list. */
export interface PageQuery {
  /** 1 to 100; the broker's default when absent. */
  limit?: number;
  cursor?: string;
}

/**
 * Every item of a paginated list, fetching page after page as the caller iterates.
 *
 * @example
 * ```ts
 * for await (const service of allItems((cursor) => client.services.list({ cursor }))) console.log(service.name);
 * ```
 */
export async function* allItems<T>(
  list: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
