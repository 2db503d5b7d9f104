import { sql, type Kysely } from 'kysely';

/**
 * The deploy guard's earlier-specs read (migration 0017) for providers whose versions hold an OpenAPI and an
 * AsyncAPI spec: each of the newest specs comes with its kind and its comparison key (`set_sha`), and a spec
 * counts as passed when the contract was compared compatible with either its own sha or its version's set. So
 * `deploy-guard/spec-changes.ts` diffs a spec against an earlier one of the same kind, never an OpenAPI spec
 * against an AsyncAPI one, and finds the earlier spec behind a set too.
 *
 * Frozen copy of the read as of this migration; a change to the read is a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists guard_earlier_specs(text[], text[], integer, text)`.execute(db);
  await sql`create function guard_earlier_specs(p_providers text[], p_contract_shas text[], p_searched integer,
      p_rules text)
    returns table (i integer, specs json, compatible json)
    language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      select (r.n - 1)::integer, newest.specs, (
          select json_agg(distinct cm.spec_sha) from comparisons cm
          where cm.contract_sha = r.contract_sha and cm.rules = p_rules and cm.status = 'compatible'
            and cm.spec_sha in (select k.key from (
              select p.content_sha, p.set_sha from specs p where p.service_id = s.id
              order by p.id desc limit p_searched) q
              cross join lateral (values (q.content_sha), (q.set_sha)) as k(key)))
      from unnest(p_providers, p_contract_shas) with ordinality as r(provider, contract_sha, n)
      left join services s on s.name = r.provider
      left join lateral (
        select json_agg(json_build_object('sha', p.content_sha, 'kind', p.kind, 'key', p.set_sha)
            order by p.id desc) as specs from (
          select p.id, p.content_sha, p.kind, p.set_sha from specs p where p.service_id = s.id
          order by p.id desc limit p_searched) p
      ) newest on true;
    end $$`.execute(db);
}
