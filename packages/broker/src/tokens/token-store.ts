import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { ApiToken, Role } from '../store/records.js';

/** API tokens by hash; listed oldest first, revoked ones included (marked). */
export function apiTokenStore(db: Db) {
  const columns = ['id', 'name', 'role', 'created_at as createdAt', 'revoked_at as revokedAt'] as const;
  return {
    async create(name: string, role: Role, tokenHash: string): Promise<ApiToken> {
      return db
        .insertInto('api_tokens')
        .values({ name, role, token_hash: tokenHash })
        .returning(columns)
        .executeTakeFirstOrThrow();
    },

    /** The live (not revoked) token with this hash. */
    async findActive(tokenHash: string): Promise<ApiToken | undefined> {
      return db
        .selectFrom('api_tokens')
        .select(columns)
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },

    /** Revokes a live token; false when there is none with that id. */
    async revoke(id: number): Promise<boolean> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async list(request: PageRequest): Promise<Page<ApiToken>> {
      const limit = pageLimit(request);
      const after = decodeIdCursor(request.cursor);
      const rows = await db
        .selectFrom('api_tokens')
        .select(columns)
        .$if(after !== undefined, (query) => query.where('id', '>', after!))
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },
  };
}

export type ApiTokenStore = ReturnType<typeof apiTokenStore>;
