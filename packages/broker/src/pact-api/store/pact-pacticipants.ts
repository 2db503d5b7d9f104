import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import { withPactTables } from './pact-tables.js';

/** A pacticipant's Pact-only details; `mainBranch` lives on the service itself. */
export interface PacticipantDetails {
  displayName: string | null;
  repositoryUrl: string | null;
}

export interface PacticipantUpdate {
  displayName?: string | null;
  repositoryUrl?: string | null;
  /** `null` clears the main branch; undefined leaves it. */
  mainBranch?: string | null;
}

/** Pacticipant details (display name, repository URL) and explicit main branches. */
export function pactPacticipantStore(db: Db) {
  const pact = withPactTables(db);
  return {
    async details(serviceId: number): Promise<PacticipantDetails> {
      const row = await pact
        .selectFrom('pact_pacticipants')
        .select(['display_name as displayName', 'repository_url as repositoryUrl'])
        .where('service_id', '=', serviceId)
        .executeTakeFirst();
      return row ?? { displayName: null, repositoryUrl: null };
    },

    /** Applies the given fields only (merge-patch semantics); call inside a transaction. */
    async update(serviceId: number, update: PacticipantUpdate): Promise<void> {
      if (update.mainBranch !== undefined) {
        await pact
          .updateTable('services')
          .set({ main_branch: update.mainBranch })
          .where('id', '=', serviceId)
          .execute();
      }
      const set: { display_name?: string | null; repository_url?: string | null } = {};
      if (update.displayName !== undefined) set.display_name = update.displayName;
      if (update.repositoryUrl !== undefined) set.repository_url = update.repositoryUrl;
      if (Object.keys(set).length === 0) return;
      await pact
        .insertInto('pact_pacticipants')
        .values({ service_id: serviceId, ...set, updated_at: new Date() })
        .onConflict((conflict) =>
          conflict.column('service_id').doUpdateSet({ ...set, updated_at: new Date() }),
        )
        .execute();
    },

    /** The id of the service's newest version with the tag. */
    async latestTaggedVersionId(serviceId: number, tag: string): Promise<number | undefined> {
      const row = await pact
        .selectFrom('versions as v')
        .innerJoin('version_tags as t', 't.version_id', 'v.id')
        .select('v.id')
        .where('v.service_id', '=', serviceId)
        .where('t.name', '=', tag)
        .orderBy('v.id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.id;
    },

    /** Removes a tag from a version; false when the version did not have it. */
    async deleteTag(versionId: number, tag: string): Promise<boolean> {
      const result = await pact
        .deleteFrom('version_tags')
        .where('version_id', '=', versionId)
        .where('name', '=', tag)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /**
     * Deletes a branch as Pact does: its versions stay (with their pacts and verifications) but belong to no
     * branch any more. Returns how many versions were on it (0: no such branch).
     */
    async deleteBranch(serviceId: number, branch: string): Promise<number> {
      const removed = await pact
        .deleteFrom('version_branches')
        .where('service_id', '=', serviceId)
        .where('name', '=', branch)
        .returning('version_id')
        .execute();
      if (removed.length === 0) return 0;
      // A version's first branch is then its next remaining one, if any.
      await pact
        .updateTable('versions as v')
        .set({
          branch: sql<
            string | null
          >`(select b.name from version_branches b where b.version_id = v.id order by b.id limit 1)`,
        })
        .where('v.service_id', '=', serviceId)
        .where('v.branch', '=', branch)
        .execute();
      return removed.length;
    },

    /** The service's branches with their head (the version put on them last), newest head first. */
    async branches(
      serviceId: number,
    ): Promise<Array<{ name: string; latestVersionId: number; createdAt: Date }>> {
      const { rows } = await sql<{ name: string; latestVersionId: number; createdAt: Date }>`
        select b.name, (array_agg(b.version_id order by b.id desc))[1] as "latestVersionId",
               min(b.created_at) as "createdAt"
        from version_branches b where b.service_id = ${serviceId}
        group by b.name order by max(b.id) desc`.execute(pact);
      return rows;
    },
  };
}

export type PactPacticipantStore = ReturnType<typeof pactPacticipantStore>;
