import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Version } from '../store/records.js';

/** Versions of a service with their branch and tags; listed newest first. */
export function versionStore(db: Db) {
  const select = () =>
    db
      .selectFrom('versions as v')
      .innerJoin('services as s', 's.id', 'v.service_id')
      .select([
        'v.id',
        'v.service_id as serviceId',
        's.name as service',
        'v.number',
        'v.branch',
        'v.build_url as buildUrl',
        'v.created_at as createdAt',
        sql<string[]>`array(select t.name from version_tags t where t.version_id = v.id order by t.name)`.as(
          'tags',
        ),
      ]);

  return {
    /**
     * Creates the version unless it exists; a branch given later fills in a missing one but never replaces it.
     * A build URL given replaces the one stored (the latest publication's build), one not given keeps it.
     */
    async ensure(serviceId: number, number: string, branch?: string, buildUrl?: string): Promise<Version> {
      const { id } = await db
        .insertInto('versions')
        .values({ service_id: serviceId, number, branch: branch ?? null, build_url: buildUrl ?? null })
        .onConflict((conflict) =>
          conflict.columns(['service_id', 'number']).doUpdateSet({
            branch: sql`coalesce(versions.branch, excluded.branch)`,
            build_url: sql`coalesce(excluded.build_url, versions.build_url)`,
          }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return select().where('v.id', '=', id).executeTakeFirstOrThrow();
    },

    async find(service: string, number: string): Promise<Version | undefined> {
      return select().where('s.name', '=', service).where('v.number', '=', number).executeTakeFirst();
    },

    async findById(id: number): Promise<Version | undefined> {
      return select().where('v.id', '=', id).executeTakeFirst();
    },

    /** Adds tags the version does not have yet. */
    async addTags(versionId: number, tags: string[]): Promise<void> {
      if (tags.length === 0) return;
      await db
        .insertInto('version_tags')
        .values(tags.map((name) => ({ version_id: versionId, name })))
        .onConflict((conflict) => conflict.columns(['version_id', 'name']).doNothing())
        .execute();
    },

    async list(serviceId: number, request: PageRequest & { branch?: string }): Promise<Page<Version>> {
      const limit = pageLimit(request);
      const before = decodeIdCursor(request.cursor);
      const rows = await select()
        .where('v.service_id', '=', serviceId)
        .$if(request.branch !== undefined, (query) => query.where('v.branch', '=', request.branch!))
        .$if(before !== undefined, (query) => query.where('v.id', '<', before!))
        .orderBy('v.id', 'desc')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },

    /** The newest version of the service, optionally on one branch. */
    async latest(serviceId: number, branch?: string): Promise<Version | undefined> {
      return select()
        .where('v.service_id', '=', serviceId)
        .$if(branch !== undefined, (query) => query.where('v.branch', '=', branch!))
        .orderBy('v.id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
  };
}

export type VersionStore = ReturnType<typeof versionStore>;
