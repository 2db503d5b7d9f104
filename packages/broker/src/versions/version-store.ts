import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Version } from '../store/records.js';

/**
 * Versions of a service with their branches and tags; listed newest first. A version may be on several branches
 * (`version_branches`); `branch` is its first. A branch's head ("latest on branch") is the version added to it
 * last, as the Pact Broker's branch heads.
 */
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
        sql<
          string[]
        >`array(select b.name from version_branches b where b.version_id = v.id order by b.id)`.as(
          'branches',
        ),
        'v.build_url as buildUrl',
        'v.created_at as createdAt',
        sql<string[]>`array(select t.name from version_tags t where t.version_id = v.id order by t.name)`.as(
          'tags',
        ),
      ]);

  const addBranch = async (serviceId: number, versionId: number, name: string): Promise<boolean> => {
    const added = await db
      .insertInto('version_branches')
      .values({ service_id: serviceId, version_id: versionId, name })
      .onConflict((conflict) => conflict.columns(['version_id', 'name']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return added !== undefined;
  };

  return {
    /**
     * Creates the version unless it exists; a branch given is added to the version's branches (the first one
     * stays `branch`). A build URL given replaces the one stored (the latest publication's build), one not given
     * keeps it.
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
      if (branch !== undefined) await addBranch(serviceId, id, branch);
      return select().where('v.id', '=', id).executeTakeFirstOrThrow();
    },

    /**
     * As {@link ensure} in one statement, answering only the version's id and first branch: for a
     * publication, which needs no more.
     */
    async ensureKey(
      serviceId: number,
      number: string,
      branch?: string,
    ): Promise<{ id: number; branch: string | null }> {
      const { rows } = await sql<{ id: number; branch: string | null }>`
        with v as (
          insert into versions (service_id, number, branch) values (${serviceId}, ${number}, ${branch ?? null})
          on conflict (service_id, number) do update set branch = coalesce(versions.branch, excluded.branch)
          returning id, branch),
        added as (
          insert into version_branches (service_id, version_id, name)
          select ${serviceId}::integer, v.id, ${branch ?? null}::text from v where ${branch ?? null}::text is not null
          on conflict (version_id, name) do nothing)
        select id, branch from v`.execute(db);
      return rows[0]!;
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
        .$if(request.branch !== undefined, (query) => query.where(onBranch(request.branch!)))
        .$if(before !== undefined, (query) => query.where('v.id', '<', before!))
        .orderBy('v.id', 'desc')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },

    /** The newest version of the service; with a branch, that branch's head (the version added to it last). */
    async latest(serviceId: number, branch?: string): Promise<Version | undefined> {
      if (branch === undefined)
        return select()
          .where('v.service_id', '=', serviceId)
          .orderBy('v.id', 'desc')
          .limit(1)
          .executeTakeFirst();
      const head = await db
        .selectFrom('version_branches')
        .select('version_id')
        .where('service_id', '=', serviceId)
        .where('name', '=', branch)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return head === undefined ? undefined : select().where('v.id', '=', head.version_id).executeTakeFirst();
    },
  };
}

/** The version (`v`) is on the branch. */
function onBranch(branch: string) {
  return sql<boolean>`exists (select 1 from version_branches b where b.version_id = v.id and b.name = ${branch})`;
}

export type VersionStore = ReturnType<typeof versionStore>;
