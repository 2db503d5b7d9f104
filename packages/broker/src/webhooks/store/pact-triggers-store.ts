import type { VerificationCandidate } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../../store/db.js';

/**
 * Reads the conditions of Pact event names when a contract event is recorded (in its transaction): whether the
 * content changed since the previous version, and which provider versions must verify it.
 */
export function pactTriggersStore(db: Db) {
  return {
    /**
     * Pact Broker's `contract_content_changed` rule for a new pact: with each tag of its consumer version, the
     * previous consumer version with that tag had no pact with this provider or a different one; for an
     * untagged version, the same against the previous untagged version. Unknown contract: false.
     */
    async contentChanged(contractId: number): Promise<boolean> {
      const pact = await db
        .selectFrom('contracts as c')
        .innerJoin('versions as v', 'v.id', 'c.consumer_version_id')
        .select([
          'c.content_sha as sha',
          'c.provider_id as providerId',
          'v.id as versionId',
          'v.service_id as consumerId',
        ])
        .where('c.id', '=', contractId)
        .executeTakeFirst();
      if (pact === undefined) return false;
      const tags = await db
        .selectFrom('version_tags')
        .select('name')
        .where('version_id', '=', pact.versionId)
        .execute();
      const previousSha = async (tag: string | null) => {
        const row = await db
          .selectFrom('contracts as c')
          .innerJoin('versions as v', 'v.id', 'c.consumer_version_id')
          .select('c.content_sha as sha')
          .where('v.service_id', '=', pact.consumerId)
          .where('c.provider_id', '=', pact.providerId)
          .where('v.id', '<', pact.versionId)
          .where(
            tag === null
              ? sql<boolean>`not exists (select 1 from version_tags t where t.version_id = v.id)`
              : sql<boolean>`exists (select 1 from version_tags t where t.version_id = v.id and t.name = ${tag})`,
          )
          .orderBy('v.id', 'desc')
          .limit(1)
          .executeTakeFirst();
        return row?.sha;
      };
      const keys = tags.length === 0 ? [null] : tags.map((tag) => tag.name);
      for (const key of keys) if ((await previousSha(key)) !== pact.sha) return true;
      return false;
    },

    /**
     * The provider versions that may have to verify `sha`: the head of the provider's main branch, then each
     * currently deployed and each released-and-supported version, each saying whether it verified that content.
     */
    async verificationCandidates(provider: string, sha: string): Promise<VerificationCandidate[]> {
      const service = await db
        .selectFrom('services')
        .select(['id', 'main_branch as mainBranch'])
        .where('name', '=', provider)
        .executeTakeFirst();
      if (service === undefined) return [];
      const verified = sql<boolean>`exists (select 1 from verifications x
        where x.provider_version_id = v.id and x.contract_sha = ${sha})`;
      // Pact Broker names a deployed or released version's branch by the branch it was put on last.
      const lastBranch = sql<string | null>`(select b.name from version_branches b
        where b.version_id = v.id order by b.id desc limit 1)`;
      const candidates: VerificationCandidate[] = [];
      const { mainBranch } = service;
      if (mainBranch !== null) {
        // The main branch's head: the version put on it last (a version may be on several branches).
        const head = await db
          .selectFrom('version_branches as b')
          .innerJoin('versions as v', 'v.id', 'b.version_id')
          .select(['v.number', verified.as('verified')])
          .where('b.service_id', '=', service.id)
          .where('b.name', '=', mainBranch)
          .orderBy('b.id', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (head !== undefined)
          candidates.push({
            providerVersion: head.number,
            providerBranch: mainBranch,
            reason: { kind: 'main-branch-head', branch: mainBranch },
            verified: head.verified,
          });
      }
      const deployed = await db
        .selectFrom('deployed_versions as d')
        .innerJoin('versions as v', 'v.id', 'd.version_id')
        .innerJoin('environments as e', 'e.id', 'd.environment_id')
        .select([
          'v.number',
          lastBranch.as('branch'),
          'd.kind',
          'e.name as environment',
          verified.as('verified'),
        ])
        .where('d.service_id', '=', service.id)
        .where('d.ended_at', 'is', null)
        // Deployed before released, as Pact Broker lists them; oldest record first within each.
        .orderBy('d.kind')
        .orderBy('d.id')
        .execute();
      for (const row of deployed)
        candidates.push({
          providerVersion: row.number,
          providerBranch: row.branch,
          reason: { kind: row.kind === 'deployment' ? 'deployed' : 'released', environment: row.environment },
          verified: row.verified,
        });
      return candidates;
    },
  };
}

export type PactTriggersStore = ReturnType<typeof pactTriggersStore>;
