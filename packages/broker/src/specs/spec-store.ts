import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Spec } from '../store/records.js';

/** Provider specs: at most one per version, plus unversioned publications (one per distinct content). */
export function specStore(db: Db) {
  const select = () =>
    db
      .selectFrom('specs as p')
      .innerJoin('services as s', 's.id', 'p.service_id')
      .leftJoin('versions as v', 'v.id', 'p.version_id')
      .select([
        'p.id',
        's.name as service',
        'v.number as version',
        'p.content_sha as contentSha',
        'p.created_at as createdAt',
      ]);

  return {
    async findForVersion(versionId: number): Promise<Spec | undefined> {
      return select().where('p.version_id', '=', versionId).executeTakeFirst();
    },

    async findUnversioned(serviceId: number, contentSha: string): Promise<Spec | undefined> {
      return select()
        .where('p.service_id', '=', serviceId)
        .where('p.version_id', 'is', null)
        .where('p.content_sha', '=', contentSha)
        .executeTakeFirst();
    },

    /** Inserts unless an equal row exists (a concurrent publish may have won); returns the stored row. */
    async insert(serviceId: number, versionId: number | null, contentSha: string): Promise<Spec> {
      await db
        .insertInto('specs')
        .values({ service_id: serviceId, version_id: versionId, content_sha: contentSha })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      const stored =
        versionId === null
          ? await this.findUnversioned(serviceId, contentSha)
          : await this.findForVersion(versionId);
      return stored!;
    },

    async replaceContent(specId: number, contentSha: string): Promise<void> {
      await db.updateTable('specs').set({ content_sha: contentSha }).where('id', '=', specId).execute();
    },

    /** The most recently published spec of the service. */
    async latest(serviceId: number): Promise<Spec | undefined> {
      return select()
        .where('p.service_id', '=', serviceId)
        .orderBy('p.id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async list(serviceId: number, request: PageRequest): Promise<Page<Spec>> {
      const limit = pageLimit(request);
      const before = decodeIdCursor(request.cursor);
      const rows = await select()
        .where('p.service_id', '=', serviceId)
        .$if(before !== undefined, (query) => query.where('p.id', '<', before!))
        .orderBy('p.id', 'desc')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },

    async exists(serviceId: number): Promise<boolean> {
      const row = await db
        .selectFrom('specs')
        .select('id')
        .where('service_id', '=', serviceId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type SpecStore = ReturnType<typeof specStore>;
