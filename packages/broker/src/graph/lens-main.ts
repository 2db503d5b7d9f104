import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { LensRow } from './lens-rows.js';

/**
 * A service's main branch in SQL: a version counts as on it when it is on that branch (one of possibly several;
 * `mainJoin` finds that row by the unique (version, name) key, `onMain` tests it). A service with no main branch
 * set has no branch to prefer: every version counts (the newest wins). A join, not `exists`: inside an OR,
 * PostgreSQL hashes every branch row for each integration instead (100 s at 1,500 integrations).
 */
const mainJoin = (alias: string, service: string, version: string) =>
  sql`left join version_branches ${sql.ref(alias)} on ${sql.ref(alias)}.version_id = ${sql.ref(version)}.id
    and ${sql.ref(alias)}.name = ${sql.ref(service)}.main_branch`;
const onMain = (alias: string, service: string) =>
  sql`(${sql.ref(service)}.main_branch is null or ${sql.ref(alias)}.version_id is not null)`;

/**
 * Per integration, the pair the main-branch lens judges: the contract of the consumer's newest main-branch version
 * against the provider's newest spec from its main branch (or published without a version). With `feature`,
 * instead: the integration's newest contract when it comes from another branch (a result listed apart),
 * against the same provider spec. Integrations without such a contract are left out.
 */
export async function mainLensRows(db: Db, feature: boolean): Promise<LensRow[]> {
  const contract = feature
    ? sql`select c.id, c.content_sha, v.number, v.branch from contracts c
          join versions v on v.id = c.consumer_version_id ${mainJoin('vb', 'cs', 'v')}
          where c.id = n.latest_contract_id and not ${onMain('vb', 'cs')}`
    : // The consumer's versions newest first (by index), each one's contract with the provider by its unique key:
      // a few probes per integration, where walking the provider's contracts took seconds at 150,000.
      sql`select c.id, c.content_sha, v.number, v.branch from versions v
          join contracts c on c.consumer_version_id = v.id and c.provider_id = n.provider_id
          ${mainJoin('vb', 'cs', 'v')}
          where v.service_id = n.consumer_id and ${onMain('vb', 'cs')}
          order by v.id desc limit 1`;
  // The newest Pact-verifier result per provider and contract content, by main-branch provider versions: one
  // pass over the Pact verifications rather than one search per integration (verifications have no index by
  // contract content).
  const { rows } = await sql<LensRow>`
    with pact as (
      select distinct on (pv.service_id, x.contract_sha) pv.service_id, x.contract_sha, x.success
      from verifications x join versions pv on pv.id = x.provider_version_id join services ps on ps.id = pv.service_id
      ${mainJoin('pb', 'ps', 'pv')}
      where x.kind = 'pact' and ${onMain('pb', 'ps')}
      order by pv.service_id, x.contract_sha, x.id desc)
    select cs.name as consumer, ps.name as provider, mc.number as "consumerVersion", mc.branch as "consumerBranch",
           spec.number as "providerVersion", mc.content_sha as "contractSha", spec.set_sha as "specSha",
           cmp.status, pf.success as "pactSuccess", null as "providerVerified"
    from integrations n
    join services cs on cs.id = n.consumer_id
    join services ps on ps.id = n.provider_id
    join lateral (${contract}) mc on true
    left join lateral (select s.set_sha, pv.number from specs s left join versions pv on pv.id = s.version_id
      ${mainJoin('sb', 'ps', 'pv')}
      where s.service_id = n.provider_id and (s.version_id is null or ${onMain('sb', 'ps')})
      order by s.id desc limit 1) spec on true
    left join pact pf on pf.service_id = n.provider_id and pf.contract_sha = mc.content_sha
    left join comparisons cmp on cmp.contract_sha = mc.content_sha and cmp.spec_sha = spec.set_sha
      and cmp.rules = ${comparisonRules}
    order by cs.name, ps.name`.execute(db);
  return rows;
}
