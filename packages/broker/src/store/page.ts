import { BadRequestError } from '../errors/broker-error.js';
import { isStorableText } from '../http/storable-text.js';

/** Page size when the client names none. */
export const defaultPageSize = 20;
/** Largest page any list returns; larger `limit`s are refused (documented in the API description). */
export const maxPageSize = 100;

export interface PageRequest {
  limit?: number;
  /** Opaque; taken from a previous page's `nextCursor`. */
  cursor?: string;
}

/** One page of a list in its stable order; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The cursor is the sort key of the last item returned, so pages stay stable while rows are added. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Largest id an `integer` column holds: a larger number in a cursor is no row of ours. */
export const maxRowId = 2 ** 31 - 1;

/** Whether `value` can be an id (or an id-like key) of a row: an integer from 0 to {@link maxRowId}. */
export function isRowId(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= maxRowId;
}

/** Undecodable cursors, and keys the database could not compare (NUL, out-of-range numbers), are refused. */
export function decodeCursor(cursor: string): string | number {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if ((typeof key === 'string' && isStorableText(key)) || (typeof key === 'number' && isRowId(key)))
      return key;
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw new BadRequestError('page.cursor-invalid', 'cursor is not one this server issued');
}

/** Numeric cursors (row ids). */
export function decodeIdCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCursor(cursor);
  if (typeof key !== 'number')
    throw new BadRequestError('page.cursor-invalid', 'cursor is not one this server issued');
  return key;
}

export function pageLimit(request: PageRequest): number {
  return Math.min(Math.max(request.limit ?? defaultPageSize, 1), maxPageSize);
}

/** Builds a page from rows fetched with `limit + 1`: the extra row only says whether more exist. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string | number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
