import { createHash } from 'node:crypto';
import type { Db } from '../store/db.js';

/** sha256 of the UTF-8 text, hex: the identity of a spec or contract content. */
export function contentSha(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Content-addressed texts: the same spec or contract published twice is stored once. */
export function documentStore(db: Db) {
  return {
    /** Stores the text unless already stored; returns its sha256. */
    async put(text: string): Promise<string> {
      const sha256 = contentSha(text);
      await db
        .insertInto('documents')
        .values({ sha256, text, byte_size: Buffer.byteLength(text, 'utf8') })
        .onConflict((conflict) => conflict.column('sha256').doNothing())
        .execute();
      return sha256;
    },

    /**
     * As {@link put}, also telling whether the text is new: then nothing refers to it yet (comparisons
     * reference their documents, which are never deleted), so nothing about it need be looked up.
     */
    async putNew(text: string): Promise<{ sha: string; isNew: boolean }> {
      const sha256 = contentSha(text);
      const inserted = await db
        .insertInto('documents')
        .values({ sha256, text, byte_size: Buffer.byteLength(text, 'utf8') })
        .onConflict((conflict) => conflict.column('sha256').doNothing())
        .returning('sha256')
        .executeTakeFirst();
      return { sha: sha256, isNew: inserted !== undefined };
    },

    async get(sha256: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('documents')
        .select('text')
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      return row?.text;
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type DocumentStore = ReturnType<typeof documentStore>;
