import type { Db } from '../store/db.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Environment } from '../store/records.js';

export interface NewEnvironment {
  name: string;
  displayName: string;
  production: boolean;
}

/** Environments by unique name; listed in name order. */
export function environmentStore(db: Db) {
  const columns = [
    'id',
    'name',
    'display_name as displayName',
    'production',
    'created_at as createdAt',
  ] as const;
  return {
    /** Returns undefined when the name is taken. */
    async create(environment: NewEnvironment): Promise<Environment | undefined> {
      return db
        .insertInto('environments')
        .values({
          name: environment.name,
          display_name: environment.displayName,
          production: environment.production,
        })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .returning(columns)
        .executeTakeFirst();
    },

    async find(name: string): Promise<Environment | undefined> {
      return db.selectFrom('environments').select(columns).where('name', '=', name).executeTakeFirst();
    },

    async list(request: PageRequest): Promise<Page<Environment>> {
      const limit = pageLimit(request);
      const after = request.cursor === undefined ? undefined : String(decodeCursor(request.cursor));
      const rows = await db
        .selectFrom('environments')
        .select(columns)
        .$if(after !== undefined, (query) => query.where('name', '>', after!))
        .orderBy('name')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.name);
    },
  };
}

export type EnvironmentStore = ReturnType<typeof environmentStore>;
