import { sql, type Kysely } from 'kysely';

/**
 * The matrix page without a status filter (`matrix/matrix-store.ts`: all contracts, one consumer's or one
 * provider's, any page of them) as a PL/pgSQL function, so its plan is cached per session: sent as a statement,
 * PGlite planned it on every request (~4 ms of a ~13 ms page, in the request's own thread), as it did the deploy
 * guard before migration 0017. One static query per source of contracts, each with its own kept plan. The plan is
 * the generic one from the first call (`force_generic_plan`): left to choose, PostgreSQL kept making custom plans,
 * since a generic plan's `limit $n` is costed as 10% of the rows; the generic plans have the custom plans' shape
 * (index scans from the newest contract, nested loops; `EXPLAIN` in docs/benchmarks.md).
 *
 * The page is paged before its evidence: the candidates (contract × provider version with evidence, newest first,
 * `p_limit + 1` of them after the cursor) are found first, then their verifications, comparison and names.
 * `c.id <= p_after_contract` is implied by the cursor's row comparison; it lets the contracts' index start at the
 * cursor. Without a cursor both are null.
 *
 * Frozen copy of the read as of this migration; a change to the read is a new migration (`create or replace`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const page = (contracts: string, where: string) =>
    sql.raw(`return query
      select cs.name, cv.number, cv.branch, ps.name, m.pv_number, m.pv_branch, m.content_sha,
             case when sv.success then sv.spec_sha end,
             case when pf.success then 'compatible'
               when sv.success and cmp.status = 'compatible' then 'compatible'
               when sv.success and cmp.status = 'incompatible' then 'incompatible'
               when pf.success = false then 'incompatible'
               else 'unknown' end,
             sv.success, sv.created_at, pf.success, pf.created_at, m.id, coalesce(m.pv_id, 0)
      from (
        select c.id, c.content_sha, c.consumer_version_id, c.provider_id,
               pv.id as pv_id, pv.number as pv_number, pv.branch as pv_branch
        from ${contracts} c
        left join lateral (
          select v.id, v.number, v.branch from versions v where v.service_id = c.provider_id and exists (
            select 1 from verifications x where x.provider_version_id = v.id
              and (x.kind = 'spec' or x.contract_sha = c.content_sha))
        ) pv on true
        where ${where} and c.id <= coalesce(p_after_contract, 2147483647)
          and (p_after_contract is null or (c.id, coalesce(pv.id, 0)) < (p_after_contract, p_after_pv))
        order by c.id desc, coalesce(pv.id, 0) desc limit p_limit + 1
      ) m
      join versions cv on cv.id = m.consumer_version_id
      join services cs on cs.id = cv.service_id
      join services ps on ps.id = m.provider_id
      left join lateral (
        select x.spec_key as spec_sha, x.success, x.created_at from verifications x
        where x.provider_version_id = m.pv_id and x.kind = 'spec' order by x.id desc limit 1) sv on true
      left join lateral (
        select x.success, x.created_at from verifications x
        where x.provider_version_id = m.pv_id and x.kind = 'pact' and x.contract_sha = m.content_sha
        order by x.id desc limit 1) pf on true
      left join comparisons cmp on cmp.contract_sha = m.content_sha and cmp.spec_sha = sv.spec_sha
        and cmp.rules = p_rules
      order by m.id desc, coalesce(m.pv_id, 0) desc
      limit p_limit + 1;`);
  // The consumer's contracts newest first behind a fence (`offset 0`), as matrix-store.ts explains.
  const ofConsumer = `(select * from contracts where consumer_version_id in (
      select id from versions where service_id = (select id from services where name = p_consumer))
      order by id desc offset 0)`;
  await sql`create function matrix_page(p_consumer text, p_provider text, p_after_contract integer,
      p_after_pv integer, p_limit integer, p_rules text)
    returns table (consumer text, "consumerVersion" text, "consumerBranch" text, provider text,
      "providerVersion" text, "providerBranch" text, "contractSha" text, "specSha" text, status text,
      "specVerified" boolean, "specVerifiedAt" timestamptz, "pactVerified" boolean, "pactVerifiedAt" timestamptz,
      "contractId" integer, "providerVersionId" integer)
    language plpgsql stable set plan_cache_mode = force_generic_plan as $$
    #variable_conflict use_column
    begin
      if p_consumer is null and p_provider is null then
        ${page('contracts', 'true')}
      elsif p_provider is null then
        ${page(ofConsumer, 'true')}
      elsif p_consumer is null then
        ${page('contracts', 'c.provider_id = (select id from services where name = p_provider)')}
      else
        ${page(ofConsumer, 'c.provider_id = (select id from services where name = p_provider)')}
      end if;
    end $$`.execute(db);
}
