import { sql, type Kysely } from 'kysely';

/**
 * The deploy guard's two reads made cheaper (issue 18: the unsafe answers were the p99).
 *
 * `guard_read` (0017) reads each verification's comparison key from `verifications.spec_key` (0016, kept by
 * triggers) instead of computing it per row; the computation stays only as the fallback for a row without a key.
 *
 * `guard_spec_change_bases` replaces `guard_earlier_specs` (0020): instead of every reason's provider's newest
 * specs (50 JSON objects a reason) and the keys the contract passed, for the JavaScript to search, it finds the
 * pair itself: the incompatible spec among the newest `p_searched` (its own sha, or the set key of an OpenAPI
 * half) and the newest earlier spec of the same kind, with another sha, that the contract was compared compatible
 * with (by its own sha or its set key). Same rule as 0020's reader in `spec-changes.ts`, in one statement.
 *
 * Frozen copies as of this migration; a change to either read is a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace function guard_read(p_environment text, p_service text, p_version text,
      p_rules text)
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
      own_spec as (select x.id, x.success, coalesce(x.spec_key, (select sp.set_sha from specs sp
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
             left join lateral (select x.id, x.success, coalesce(x.spec_key, (select sp.set_sha from specs sp
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
  await sql`drop function if exists guard_earlier_specs(text[], text[], integer, text)`.execute(db);
  // For each (provider, contract content, incompatible spec key), 0-based in the arrays' order: the spec diffed
  // (head), its kind, and the earlier spec diffed from (base); no row where either is not found.
  await sql`create function guard_spec_change_bases(p_providers text[], p_contract_shas text[],
      p_spec_shas text[], p_searched integer, p_rules text)
    returns table (i integer, base_sha text, head_sha text, kind text)
    language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      select (r.n - 1)::integer, base.sha, head.sha, head.kind
      from unnest(p_providers, p_contract_shas, p_spec_shas) with ordinality as r(provider, contract_sha,
        spec_sha, n)
      join services s on s.name = r.provider
      -- The few keys the content passed, read once by contract (comparisons_pkey), not probed per spec.
      cross join lateral (select array(select cm.spec_sha from comparisons cm where cm.contract_sha = r.contract_sha
          and cm.rules = p_rules and cm.status = 'compatible') as keys) passed
      cross join lateral (
        select p.id, p.content_sha as sha, p.kind from (
          select p.id, p.content_sha, p.kind, p.set_sha from specs p where p.service_id = s.id
          order by p.id desc limit p_searched) p
        where p.content_sha = r.spec_sha or (p.set_sha = r.spec_sha and p.kind = 'openapi')
        order by p.id desc limit 1) head
      cross join lateral (
        select p.content_sha as sha from (
          select p.id, p.content_sha, p.kind, p.set_sha from specs p where p.service_id = s.id
          order by p.id desc limit p_searched) p
        where p.id < head.id and p.kind = head.kind and p.content_sha <> head.sha
          and (p.content_sha = any(passed.keys) or p.set_sha = any(passed.keys))
        order by p.id desc limit 1) base;
    end $$`.execute(db);
}
