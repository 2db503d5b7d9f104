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

/**
 * A subset of a provider's pacts that holds every candidate some selectors can choose: the heads of the
 * consumers' main branches (`mainBranch`) and of the named branches, versions currently deployed or released,
 * and the branch and tag heads among pacts created since `createdSince` (work in progress).
 */
export interface CandidateScope {
  mainBranch: boolean;
  branches: string[];
  createdSince?: Date;
}

/**
 * Consumer version ids of the provider's pacts that `scope` can select (deployed ones always). Branch heads come
 * from `branch_heads` by key; of the pacts created since the WIP date only those whose version heads a branch or
 * a tag, since work in progress is chosen among heads only.
 */
function scopedVersionIds(providerId: number, scope: CandidateScope) {
  const consumers = sql`select i.consumer_id from integrations i where i.provider_id = ${providerId}`;
  const headsOf = (names: ReturnType<typeof sql>) => sql`
    select h.version_id from integrations i join services s on s.id = i.consumer_id
    join branch_heads h on h.service_id = i.consumer_id and h.name ${names}
    where i.provider_id = ${providerId}`;
  const parts = [
    sql`select d.version_id from deployed_versions d where d.ended_at is null and d.service_id in (${consumers})`,
    ...(scope.mainBranch ? [headsOf(sql`= s.main_branch`)] : []),
    ...(scope.branches.length === 0 ? [] : [headsOf(sql`in (${sql.join(scope.branches)})`)]),
    ...(scope.createdSince === undefined
      ? []
      : [
          sql`select w.consumer_version_id from contracts w
            where w.provider_id = ${providerId} and w.created_at >= ${scope.createdSince}
              and (exists (select 1 from branch_heads h where h.version_id = w.consumer_version_id)
                or exists (select 1 from tag_heads h where h.version_id = w.consumer_version_id))`,
        ]),
  ];
  return sql.join(parts, sql` union `);
}

/**
 * The pacts a provider could be asked to verify, read in one query so selection itself is pure. The pacts are
 * read first (`chosen`); their versions' tags, branches, heads and deployments are then aggregated per version
 * in one pass each and joined, rather than by five subqueries per row. The answer is one JSON array (a single
 * JSON.parse instead of the driver decoding arrays, dates and JSON field by field, most of the read's cost in
 * the broker); `createdAt` travels as epoch milliseconds, as precise as the driver's Date.
 */
export function pactCandidateStore(db: Db) {
  return {
    /** Every pact of the provider (of one consumer), or only those `scope` can select. */
    async forProvider(
      providerId: number,
      consumer?: string,
      scope?: CandidateScope,
    ): Promise<PactCandidate[]> {
      const perVersion = (table: ReturnType<typeof sql>) =>
        sql`${table} join chosen k on k.version_id = x.version_id group by x.version_id`;
      const { rows } = await sql<{
        candidates: Array<Omit<PactCandidate, 'createdAt'> & { createdAt: number }>;
      }>`
        with chosen as materialized (
          select c.id, c.consumer_version_id as version_id, c.content_sha, c.created_at,
                 v.number, cs.name as consumer, cs.main_branch
          from contracts c
          join versions v on v.id = c.consumer_version_id
          join services cs on cs.id = v.service_id
          where c.provider_id = ${providerId}
            ${consumer === undefined ? sql`` : sql`and cs.name = ${consumer}`}
            -- An array, not "in (subquery)": the planner then probes versions_pkey per id instead of
            -- merge-joining every version of every service against the scope.
            ${scope === undefined ? sql`` : sql`and v.id = any(array(${scopedVersionIds(providerId, scope)}))`})
        select coalesce(json_agg(json_build_object(
            'contractId', k.id, 'consumer', k.consumer, 'consumerMainBranch', k.main_branch,
            'consumerVersionId', k.version_id, 'consumerVersion', k.number, 'contentSha', k.content_sha,
            'createdAt', floor(extract(epoch from k.created_at) * 1000),
            'tags', coalesce(t.names, '{}'), 'branches', coalesce(b.names, '{}'),
            'headBranches', coalesce(hb.names, '{}'), 'headTags', coalesce(ht.names, '{}'),
            'deployments', coalesce(d.deployments, '[]'::json)) order by k.version_id), '[]'::json) as candidates
        from chosen k
        left join (select x.version_id, array_agg(x.name order by x.name) as names
          from ${perVersion(sql`version_tags x`)}) t on t.version_id = k.version_id
        left join (select x.version_id, array_agg(x.name order by x.id) as names
          from ${perVersion(sql`version_branches x`)}) b on b.version_id = k.version_id
        left join (select x.version_id, array_agg(x.name order by x.branch_row_id) as names
          from ${perVersion(sql`branch_heads x`)}) hb on hb.version_id = k.version_id
        left join (select x.version_id, array_agg(x.name order by x.name) as names
          from ${perVersion(sql`tag_heads x`)}) ht on ht.version_id = k.version_id
        left join (select x.version_id,
            json_agg(json_build_object('environment', e.name, 'kind', x.kind) order by x.id) as deployments
          from deployed_versions x join environments e on e.id = x.environment_id
          join chosen k on k.version_id = x.version_id
          where x.ended_at is null group by x.version_id) d on d.version_id = k.version_id`.execute(db);
      // In place: a copy of each of the (up to thousands of) rows would only feed the collector.
      const { candidates } = rows[0]!;
      for (const row of candidates) (row as { createdAt: number | Date }).createdAt = new Date(row.createdAt);
      return candidates as unknown as PactCandidate[];
    },
  };
}

export type PactCandidateStore = ReturnType<typeof pactCandidateStore>;
