import { sql, type Kysely } from 'kysely';

/**
 * The deploy guard's two reads (`deploy-guard/guard-reads.ts`: the decision's and the failing reasons' earlier
 * specs) as PL/pgSQL functions, so its plan is cached per
 * session: sent as a statement, PostgreSQL and PGlite planned the big CTE statement on every request (on PGlite
 * 2–19 ms of planning for 2–7 ms of execution, broker and database in one thread). A PL/pgSQL query keeps its plan
 * and, after five calls, a generic plan, since every parameter is an equality on a unique key.
 *
 * Frozen copy of the read as of this migration; a change to the read is a new migration (`create or replace`).
 * `x` is a verification row; the spec's comparison key is verified-spec-key.ts's rule as of this migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function guard_read(p_environment text, p_service text, p_version text, p_rules text)
    returns table (environment_id integer, version_id integer, service_id integer, spec_driven boolean,
      names_provider boolean, spec json, own json, consumers json)
    language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      with env as (select id from environments where name = p_environment),
      ver as (select v.id, v.service_id from versions v join services s on s.id = v.service_id
              where s.name = p_service and v.number = p_version),
      own as (select c.id, c.provider_id, c.content_sha from contracts c
              where c.consumer_version_id = (select id from ver)),
      own_running as materialized (
        select o.id as contract_id, o.content_sha, d.version_id, min(d.id) as first_id
        from own o join deployed_versions d on d.environment_id = (select id from env)
          and d.service_id = o.provider_id and d.ended_at is null
        group by o.id, o.content_sha, d.version_id),
      consumer_contracts as materialized (
        select c.id, c.consumer_version_id, c.content_sha from contracts c
        where c.provider_id = (select service_id from ver) and c.consumer_version_id in (
          select d.version_id from deployed_versions d where d.environment_id = (select id from env)
            and d.ended_at is null and d.service_id <> (select service_id from ver))),
      own_spec as (select x.id, x.success, coalesce((select sp.set_sha from specs sp
            where sp.version_id = x.provider_version_id and sp.content_sha = x.spec_sha
              and not exists (select 1 from specs other
                where other.version_id = x.provider_version_id and other.content_sha <> x.spec_sha
                  and (select y.success from verifications y
                    where y.provider_version_id = x.provider_version_id and y.kind = 'spec'
                      and y.spec_sha = other.content_sha
                    order by y.id desc limit 1) is not true)
            limit 1), x.spec_sha) as spec_sha
          from verifications x where x.provider_version_id = (select id from ver) and x.kind = 'spec'
          order by x.id desc limit 1),
      own_spec_sha as (select spec_sha from own_spec where success)
      select (select id from env), ver.id, ver.service_id,
        exists (select 1 from specs where service_id = ver.service_id),
        exists (select 1 from contracts where provider_id = ver.service_id),
        (select json_build_object('success', success, 'specSha', spec_sha) from own_spec),
        (select json_agg(json_build_object('provider', ps.name, 'providerId', o.provider_id,
           'contentSha', o.content_sha, 'providerVersions', coalesce((
             select json_agg(json_build_object('versionId', r.version_id, 'number', pv.number,
                 'spec', case when sv.id is null then null
                              else json_build_object('success', sv.success, 'specSha', sv.spec_sha) end,
                 'pact', case when pf.success is null then null else json_build_object('success', pf.success) end,
                 'comparison', case when cmp.status is null then null
                                    else json_build_object('status', cmp.status, 'summary', cmp.summary) end)
               order by r.first_id)
             from own_running r
             join versions pv on pv.id = r.version_id
             left join lateral (select x.id, x.success, coalesce((select sp.set_sha from specs sp
                 where sp.version_id = x.provider_version_id and sp.content_sha = x.spec_sha
                   and not exists (select 1 from specs other
                     where other.version_id = x.provider_version_id and other.content_sha <> x.spec_sha
                       and (select y.success from verifications y
                         where y.provider_version_id = x.provider_version_id and y.kind = 'spec'
                           and y.spec_sha = other.content_sha
                         order by y.id desc limit 1) is not true)
                 limit 1), x.spec_sha) as spec_sha
               from verifications x where x.provider_version_id = r.version_id and x.kind = 'spec'
               order by x.id desc limit 1) sv on true
             left join lateral (select x.success from verifications x where x.provider_version_id = r.version_id
               and x.kind = 'pact' and x.contract_sha = r.content_sha order by x.id desc limit 1) pf on true
             left join comparisons cmp on sv.success and cmp.contract_sha = r.content_sha
               and cmp.spec_sha = sv.spec_sha and cmp.rules = p_rules
             where r.contract_id = o.id), '[]'::json))
           order by o.id)
         from own o join services ps on ps.id = o.provider_id),
        (select json_agg(json_build_object('consumer', cs.name, 'consumerVersion', cv.number,
           'contentSha', c.content_sha,
           'pact', case when pf.success is null then null else json_build_object('success', pf.success) end,
           'comparison', case when cmp.status is null then null
                              else json_build_object('status', cmp.status, 'summary', cmp.summary) end)
           order by c.id)
         from consumer_contracts c
         join versions cv on cv.id = c.consumer_version_id
         join services cs on cs.id = cv.service_id
         left join lateral (select x.success from verifications x where x.provider_version_id = ver.id
           and x.kind = 'pact' and x.contract_sha = c.content_sha order by x.id desc limit 1) pf on true
         left join comparisons cmp on cmp.contract_sha = c.content_sha
           and cmp.spec_sha = (select spec_sha from own_spec_sha) and cmp.rules = p_rules)
      from (select 1) one left join ver on true;
    end $$`.execute(db);
  // For each (provider, contract content), 0-based in the arrays' order: the provider's newest p_searched specs,
  // newest first, and those of them the content was compared compatible with under p_rules.
  await sql`create function guard_earlier_specs(p_providers text[], p_contract_shas text[], p_searched integer,
      p_rules text)
    returns table (i integer, spec_shas json, compatible json)
    language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      select (r.n - 1)::integer, newest.spec_shas, (
          select json_agg(cm.spec_sha) from comparisons cm
          where cm.contract_sha = r.contract_sha and cm.rules = p_rules and cm.status = 'compatible'
            and cm.spec_sha in (select p.content_sha from specs p where p.service_id = s.id
                                order by p.id desc limit p_searched))
      from unnest(p_providers, p_contract_shas) with ordinality as r(provider, contract_sha, n)
      left join services s on s.name = r.provider
      left join lateral (
        select json_agg(p.content_sha order by p.id desc) as spec_shas from (
          select p.id, p.content_sha from specs p where p.service_id = s.id order by p.id desc limit p_searched) p
      ) newest on true;
    end $$`.execute(db);
}
