import { sql, type Kysely } from 'kysely';

/**
 * The pacts-for-verification candidate read (`pact-api/store/pact-candidates.ts`) as a PL/pgSQL function, so its
 * plan is kept per session: sent as a statement, PGlite planned it on every request (in the request's own
 * thread), as it did the deploy guard before migration 0017. One static query for the whole provider, one for a
 * scope, each with its own kept plan.
 *
 * The scope's consumer version ids stay an `= any(array(subquery))` inside the one statement: its estimate (10
 * rows for ~1,500) does not depend on the parameters, so the generic plan PL/pgSQL settles on is the custom one
 * (index probes and merge joins). Two tried forms were worse: the ids in an array variable (right estimate) made
 * the custom plan hash-join all 100,000 contracts and 105,000 branch rows, and its generic plan (1 row estimated)
 * re-ran every per-version aggregate per candidate (13 s); per-candidate subqueries instead of the aggregates
 * cost more CPU. Parts of the scope: current deployments (always), main branch heads, named branch heads,
 * versions carrying a named tag (by name: new index), and the branch or tag heads among the pacts created since
 * the WIP date.
 *
 * Frozen copy of the read as of this migration; a change to the read is a new migration (`create or replace`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The candidates (`chosen`), then their versions' tags, branches, heads and deployments aggregated per version
  // in one pass each, answered as one JSON array (createdAt as epoch milliseconds).
  const answer = (where: string) => `
    with chosen as materialized (
      select c.id, c.consumer_version_id as version_id, c.content_sha, c.created_at,
             v.number, cs.name as consumer, cs.main_branch
      from contracts c
      join versions v on v.id = c.consumer_version_id
      join services cs on cs.id = v.service_id
      where c.provider_id = p_provider and (p_consumer is null or cs.name = p_consumer) ${where})
    select coalesce(json_agg(json_build_object(
        'contractId', k.id, 'consumer', k.consumer, 'consumerMainBranch', k.main_branch,
        'consumerVersionId', k.version_id, 'consumerVersion', k.number, 'contentSha', k.content_sha,
        'createdAt', floor(extract(epoch from k.created_at) * 1000),
        'tags', coalesce(t.names, '{}'), 'branches', coalesce(b.names, '{}'),
        'headBranches', coalesce(hb.names, '{}'), 'headTags', coalesce(ht.names, '{}'),
        'deployments', coalesce(d.deployments, '[]'::json)) order by k.version_id), '[]'::json)
    from chosen k
    left join (select x.version_id, array_agg(x.name order by x.name) as names
      from version_tags x join chosen k on k.version_id = x.version_id group by x.version_id) t
      on t.version_id = k.version_id
    left join (select x.version_id, array_agg(x.name order by x.id) as names
      from version_branches x join chosen k on k.version_id = x.version_id group by x.version_id) b
      on b.version_id = k.version_id
    left join (select x.version_id, array_agg(x.name order by x.branch_row_id) as names
      from branch_heads x join chosen k on k.version_id = x.version_id group by x.version_id) hb
      on hb.version_id = k.version_id
    left join (select x.version_id, array_agg(x.name order by x.name) as names
      from tag_heads x join chosen k on k.version_id = x.version_id group by x.version_id) ht
      on ht.version_id = k.version_id
    left join (select x.version_id,
        json_agg(json_build_object('environment', e.name, 'kind', x.kind) order by x.id) as deployments
      from deployed_versions x join environments e on e.id = x.environment_id
      join chosen k on k.version_id = x.version_id
      where x.ended_at is null group by x.version_id) d on d.version_id = k.version_id`;
  await sql`create index version_tags_by_name on version_tags (name, version_id)`.execute(db);
  const scopeIds = `array(
    select d.version_id from deployed_versions d
    where d.ended_at is null
      and d.service_id in (select i.consumer_id from integrations i where i.provider_id = p_provider)
    union
    select h.version_id from integrations i join services s on s.id = i.consumer_id
    join branch_heads h on h.service_id = i.consumer_id and h.name = s.main_branch
    where p_main and i.provider_id = p_provider
    union
    select h.version_id from integrations i
    join branch_heads h on h.service_id = i.consumer_id and h.name = any(p_branches)
    where i.provider_id = p_provider
    union
    select t.version_id from version_tags t join versions v on v.id = t.version_id
    where t.name = any(p_tags)
      and v.service_id in (select i.consumer_id from integrations i where i.provider_id = p_provider)
    union
    select w.consumer_version_id from contracts w
    where p_since is not null and w.provider_id = p_provider and w.created_at >= p_since
      and (exists (select 1 from branch_heads h where h.version_id = w.consumer_version_id)
        or exists (select 1 from tag_heads h where h.version_id = w.consumer_version_id)))`;
  await sql`create function pact_candidates(p_provider integer, p_consumer text, p_scoped boolean,
      p_main boolean, p_branches text[], p_tags text[], p_since timestamptz)
    returns json language plpgsql stable as $$
    declare
      result json;
    begin
      if p_scoped then
        ${sql.raw(answer(`and v.id = any(${scopeIds})`))} into result;
      else
        ${sql.raw(answer(''))} into result;
      end if;
      return result;
    end $$`.execute(db);
}
