import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { LensRow } from './lens-rows.js';

/**
 * A service's main branch in SQL: its `main_branch`, and a version counts as on it when it is on that branch
 * (one of possibly several). A service with no main branch set has no branch to prefer: every version counts
 * (the newest wins).
 */
const onMain = (service: string, version: string) =>
  sql`(${sql.ref(service)}.main_branch is null or exists (select 1 from version_branches b
    where b.version_id = ${sql.ref(version)}.id and b.name = ${sql.ref(service)}.main_branch))`;

/**
 * Per integration, the pair the main-branch lens judges: the consumer's newest contract from its main branch
 * against the provider's newest spec from its main branch (or published without a version). With `feature`,
 * instead: the integration's newest contract when it comes from another branch (a result listed apart),
 * against the same provider spec. Integrations without such a contract are left out.
 */
export async function mainLensRows(db: Db, feature: boolean): Promise<LensRow[]> {
  const contract = feature
    ? sql`select c.id, c.content_sha, v.number, v.branch from contracts c
          join versions v on v.id = c.consumer_version_id
          where c.id = n.latest_contract_id and not ${onMain('cs', 'v')}`
    : sql`select c.id, c.content_sha, v.number, v.branch from contracts c
          join versions v on v.id = c.consumer_version_id
          where c.provider_id = n.provider_id and v.service_id = n.consumer_id and ${onMain('cs', 'v')}
          order by c.id desc limit 1`;
  const { rows } = await sql<LensRow>`
    select cs.name as consumer, ps.name as provider, mc.number as "consumerVersion", mc.branch as "consumerBranch",
           spec.number as "providerVersion", mc.content_sha as "contractSha", spec.content_sha as "specSha",
           cmp.status, pf.success as "pactSuccess", null as "providerVerified"
    from integrations n
    join services cs on cs.id = n.consumer_id
    join services ps on ps.id = n.provider_id
    join lateral (${contract}) mc on true
    left join lateral (select s.content_sha, pv.number from specs s left join versions pv on pv.id = s.version_id
      where s.service_id = n.provider_id and (s.version_id is null or ${onMain('ps', 'pv')})
      order by s.id desc limit 1) spec on true
    left join lateral (select x.success from verifications x join versions pv on pv.id = x.provider_version_id
      where x.kind = 'pact' and x.contract_sha = mc.content_sha and pv.service_id = n.provider_id and ${onMain('ps', 'pv')}
      order by x.id desc limit 1) pf on true
    left join comparisons cmp on cmp.contract_sha = mc.content_sha and cmp.spec_sha = spec.content_sha
      and cmp.rules = ${comparisonRules}
    order by cs.name, ps.name`.execute(db);
  return rows;
}
