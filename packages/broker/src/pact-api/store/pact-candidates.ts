import { sql } from 'kysely';
import type { Db } from '../../store/db.js';

/** Where a consumer version currently runs. */
export interface CandidateDeployment {
  environment: string;
  kind: 'deployment' | 'release';
}

/** One stored pact naming the provider, with what consumer version selectors read of its consumer version. */
export interface PactCandidate {
  contractId: number;
  consumer: string;
  consumerMainBranch: string | null;
  /** Grows with publication order: "latest" means the largest. */
  consumerVersionId: number;
  consumerVersion: string;
  /** Every branch the version is on. */
  branches: string[];
  tags: string[];
  /** The branches of which this version is the head, the version put on them last (whether or not it has a pact). */
  headBranches: string[];
  /** The tags of which this version is the newest version of its consumer carrying them. */
  headTags: string[];
  contentSha: string;
  createdAt: Date;
  deployments: CandidateDeployment[];
}

/** The pacts a provider could be asked to verify, read in one query so selection itself is pure. */
export function pactCandidateStore(db: Db) {
  return {
    async forProvider(providerId: number, consumer?: string): Promise<PactCandidate[]> {
      const { rows } = await sql<PactCandidate>`
        select c.id as "contractId", cs.name as consumer, cs.main_branch as "consumerMainBranch",
               v.id as "consumerVersionId", v.number as "consumerVersion", c.content_sha as "contentSha",
               c.created_at as "createdAt",
               array(select t.name from version_tags t where t.version_id = v.id order by t.name) as tags,
               array(select b.name from version_branches b where b.version_id = v.id order by b.id) as branches,
               array(select b.name from version_branches b where b.version_id = v.id and not exists (
                   select 1 from version_branches b2
                   where b2.service_id = b.service_id and b2.name = b.name and b2.id > b.id)
                 order by b.id) as "headBranches",
               array(select t.name from version_tags t where t.version_id = v.id and not exists (
                   select 1 from version_tags t2 join versions v2 on v2.id = t2.version_id
                   where t2.name = t.name and v2.service_id = v.service_id and v2.id > v.id)
                 order by t.name) as "headTags",
               coalesce((select json_agg(json_build_object('environment', e.name, 'kind', d.kind) order by d.id)
                 from deployed_versions d join environments e on e.id = d.environment_id
                 where d.version_id = v.id and d.ended_at is null), '[]'::json) as deployments
        from contracts c
        join versions v on v.id = c.consumer_version_id
        join services cs on cs.id = v.service_id
        where c.provider_id = ${providerId}
          ${consumer === undefined ? sql`` : sql`and cs.name = ${consumer}`}
        order by v.id`.execute(db);
      return rows;
    },
  };
}

export type PactCandidateStore = ReturnType<typeof pactCandidateStore>;
