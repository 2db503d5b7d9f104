import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { LensRow } from './lens-rows.js';

/**
 * Per integration, the pairs running in one environment: each consumer version deployed or released there with
 * its contract to the provider, against each provider version there (or none: provider version null), with the
 * matrix's evidence (the provider version's latest spec verification, by the comparison key migration 0016 stores
 * on it, and the comparison with that spec, or a Pact verification of the contract by that version). Integrations
 * with no consumer version there are left out.
 */
export async function environmentLensRows(db: Db, environmentId: number): Promise<LensRow[]> {
  const { rows } = await sql<LensRow>`
    with running as (
      select distinct d.service_id, d.version_id from deployed_versions d
      where d.environment_id = ${environmentId} and d.ended_at is null)
    select cs.name as consumer, ps.name as provider, cv.number as "consumerVersion", cv.branch as "consumerBranch",
           pv.number as "providerVersion", c.content_sha as "contractSha", sv.spec_sha as "specSha",
           cmp.status, pf.success as "pactSuccess", sv.success as "providerVerified"
    from running rc
    join versions cv on cv.id = rc.version_id
    join contracts c on c.consumer_version_id = cv.id
    join services cs on cs.id = cv.service_id
    join services ps on ps.id = c.provider_id
    left join running rp on rp.service_id = c.provider_id
    left join versions pv on pv.id = rp.version_id
    left join lateral (select x.spec_key as spec_sha, x.success from verifications x
      where x.provider_version_id = pv.id and x.kind = 'spec' order by x.id desc limit 1) sv on true
    left join lateral (select x.success from verifications x
      where x.provider_version_id = pv.id and x.kind = 'pact' and x.contract_sha = c.content_sha
      order by x.id desc limit 1) pf on true
    left join comparisons cmp on cmp.contract_sha = c.content_sha and cmp.spec_sha = sv.spec_sha
      and cmp.rules = ${comparisonRules}
    order by cs.name, ps.name, cv.number, pv.number`.execute(db);
  return rows;
}
