import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Spec, SpecKind } from '../store/records.js';

/**
 * Provider specs: at most one of each kind (OpenAPI, AsyncAPI) per version, plus unversioned publications (one
 * per distinct content). Every row of a version carries the version's comparison key, `setSha`.
 */
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
        sql<SpecKind>`p.kind`.as('kind'),
        'p.set_sha as setSha',
        'p.created_at as createdAt',
      ]);

  return {
    /** The version's spec of `kind`. */
    async findForVersion(versionId: number, kind: SpecKind): Promise<Spec | undefined> {
      return select().where('p.version_id', '=', versionId).where('p.kind', '=', kind).executeTakeFirst();
    },

    /** Every spec of the version (none, one, or an OpenAPI and an AsyncAPI one), by kind. */
    async allForVersion(versionId: number): Promise<Spec[]> {
      return select().where('p.version_id', '=', versionId).orderBy('p.kind').execute();
    },

    /** The version's spec whose content is `contentSha` (a verification names one spec of the set). */
    async findVersionSpec(versionId: number, contentSha: string): Promise<Spec | undefined> {
      return select()
        .where('p.version_id', '=', versionId)
        .where('p.content_sha', '=', contentSha)
        .executeTakeFirst();
    },

    /** Holds the version's row until the transaction ends: rekeying its specs runs one publish at a time. */
    async lockVersion(versionId: number): Promise<void> {
      await sql`select id from versions where id = ${versionId} for update`.execute(db);
    },

    /** Keys every spec of the version by `setSha` (after a spec of another kind joined or changed). */
    async setVersionKey(versionId: number, setSha: string): Promise<void> {
      await db.updateTable('specs').set({ set_sha: setSha }).where('version_id', '=', versionId).execute();
    },

    async findUnversioned(serviceId: number, contentSha: string): Promise<Spec | undefined> {
      return select()
        .where('p.service_id', '=', serviceId)
        .where('p.version_id', 'is', null)
        .where('p.content_sha', '=', contentSha)
        .executeTakeFirst();
    },

    /** Inserts unless an equal row exists (a concurrent publish may have won); returns the stored row. */
    /** Keyed by its own sha (`setSha`) until {@link setVersionKey} says otherwise. */
    async insert(
      serviceId: number,
      versionId: number | null,
      contentSha: string,
      kind: SpecKind,
    ): Promise<Spec> {
      await db
        .insertInto('specs')
        .values({
          service_id: serviceId,
          version_id: versionId,
          content_sha: contentSha,
          kind,
          set_sha: contentSha,
        })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      const stored =
        versionId === null
          ? await this.findUnversioned(serviceId, contentSha)
          : await this.findForVersion(versionId, kind);
      return stored!;
    },

    async replaceContent(specId: number, contentSha: string): Promise<void> {
      await db
        .updateTable('specs')
        .set({ content_sha: contentSha, set_sha: contentSha })
        .where('id', '=', specId)
        .execute();
    },

    /** The most recently published spec of the service (of `kind`, when given). */
    async latest(serviceId: number, kind?: SpecKind): Promise<Spec | undefined> {
      return select()
        .where('p.service_id', '=', serviceId)
        .$if(kind !== undefined, (query) => query.where('p.kind', '=', kind!))
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
