import type { Db } from '../store/db.js';
import { pageLimit, decodeCursor, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Service } from '../store/records.js';

/** Services by unique name; listed in name order. */
export function serviceStore(db: Db) {
  const columns = ['id', 'name', 'main_branch as mainBranch', 'created_at as createdAt'] as const;
  return {
    /** Creates the service unless it exists (safe under concurrent publishes). */
    async ensure(name: string): Promise<Service> {
      return db
        .insertInto('services')
        .values({ name })
        .onConflict((conflict) =>
          conflict.column('name').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })),
        )
        .returning(columns)
        .executeTakeFirstOrThrow();
    },

    /**
     * Like {@link ensure} but takes no row lock on an existing service (`ensure` updates the row, which locks
     * it until commit). For the provider a contract names: every publication to one provider upserting its row
     * serialised all of them (~120 publications/s with 20 clients in the benchmark).
     */
    async ensureUnlocked(name: string): Promise<Service> {
      // Read first: the provider exists for all but its first contract, and then this is one round trip.
      const known = await db
        .selectFrom('services')
        .select(columns)
        .where('name', '=', name)
        .executeTakeFirst();
      if (known !== undefined) return known;
      const inserted = await db
        .insertInto('services')
        .values({ name })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .returning(columns)
        .executeTakeFirst();
      return (
        inserted ??
        (await db.selectFrom('services').select(columns).where('name', '=', name).executeTakeFirstOrThrow())
      );
    },

    async find(name: string): Promise<Service | undefined> {
      return db.selectFrom('services').select(columns).where('name', '=', name).executeTakeFirst();
    },

    async list(request: PageRequest): Promise<Page<Service>> {
      const limit = pageLimit(request);
      const after = request.cursor === undefined ? undefined : String(decodeCursor(request.cursor));
      const rows = await db
        .selectFrom('services')
        .select(columns)
        .$if(after !== undefined, (query) => query.where('name', '>', after!))
        .orderBy('name')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.name);
    },

    /** Sets the main branch only when none is set yet (Pact Broker's first develop/main/master rule). */
    async setMainBranchIfUnset(serviceId: number, branch: string): Promise<void> {
      await db
        .updateTable('services')
        .set({ main_branch: branch })
        .where('id', '=', serviceId)
        .where('main_branch', 'is', null)
        .execute();
    },
  };
}

export type ServiceStore = ReturnType<typeof serviceStore>;
