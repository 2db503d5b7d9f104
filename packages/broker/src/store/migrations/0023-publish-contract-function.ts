import { sql, type Kysely } from 'kysely';

/**
 * A contract publication's whole write as one PL/pgSQL function, so the broker sends one statement instead of a
 * transaction of ten (each a round trip: on a 2-core machine the socket writes and backend wake-ups were most of
 * a publication's CPU). The caller (`contracts/publish-in-one-call.ts`) has compared the contract beforehand; the
 * function does what `publish-contract.ts` and `store-with-comparisons.ts` do in their transaction, in the same
 * order, and is atomic as any statement is:
 *
 * - `webhooks`: an enabled subscription lists a name one of the publication's events fires as; nothing is
 *   written and the caller publishes the usual way, whose outbox plans the deliveries.
 * - the consumer upserted (its row locked until commit), the provider read (inserted when new, never locked), the
 *   version with its branch, the main branch when the service has none, tags, the document, the contract with
 *   its integration; different content raises `SGN01` unless `p_overwrite`; the contract's event.
 * - the specs that matter read again after those writes: a computed comparison is stored for each (with its
 *   event), one stored before is reported as such; one not compared raises `SGN02` (specs changed meanwhile:
 *   compare again) unless `p_last_attempt`, when it is reported skipped. A comparison is only ever stored
 *   against the spec sha it was computed with.
 *
 * Frozen copy of those writes and of the specs-that-matter read (`comparisons/comparison-store.ts`: a deployed
 * version's verified key is the one migration 0016's triggers store on the verification) as of this migration; a
 * change to them is a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function publish_contract(p_consumer text, p_provider text, p_version text, p_branch text,
      p_tags text[], p_content text, p_sha text, p_byte_size integer, p_overwrite boolean,
      p_announce_unchanged boolean, p_hook_names text[], p_main_candidates text[], p_computed jsonb,
      p_stored_shas text[], p_last_attempt boolean, p_rules text)
    returns jsonb
    language plpgsql volatile as $$
    declare
      v_consumer services;
      v_provider services;
      v_version_id integer;
      v_branch text;
      v_contract contracts;
      v_inserted boolean;
      v_outcome text;
      v_spec text;
      v_item jsonb;
      v_row comparisons;
      v_comparisons jsonb := '[]';
      v_skipped text[] := '{}';
    begin
      if exists (select 1 from webhook_subscriptions s where s.enabled and s.events && p_hook_names) then
        return jsonb_build_object('status', 'webhooks');
      end if;
      insert into services (name) values (p_consumer)
        on conflict (name) do update set name = excluded.name returning * into v_consumer;
      select * into v_provider from services where name = p_provider;
      if not found then
        insert into services (name) values (p_provider) on conflict (name) do nothing returning * into v_provider;
        if not found then
          select * into v_provider from services where name = p_provider;
        end if;
      end if;
      insert into versions (service_id, number, branch) values (v_consumer.id, p_version, p_branch)
        on conflict (service_id, number) do update set branch = coalesce(versions.branch, excluded.branch)
        returning id, branch into v_version_id, v_branch;
      if p_branch is not null then
        insert into version_branches (service_id, version_id, name) values (v_consumer.id, v_version_id, p_branch)
          on conflict (version_id, name) do nothing;
        if v_consumer.main_branch is null and p_branch = any (p_main_candidates) then
          update services set main_branch = p_branch where id = v_consumer.id and main_branch is null;
        end if;
      end if;
      if cardinality(p_tags) > 0 then
        insert into version_tags (version_id, name) select v_version_id, t from unnest(p_tags) t
          on conflict (version_id, name) do nothing;
      end if;
      insert into documents (sha256, text, byte_size) values (p_sha, p_content, p_byte_size)
        on conflict (sha256) do nothing;
      with c as (
        insert into contracts (consumer_version_id, provider_id, content_sha)
        values (v_version_id, v_provider.id, p_sha)
        on conflict (consumer_version_id, provider_id) do nothing
        returning *),
      newest as (
        insert into integrations (consumer_id, provider_id, latest_contract_id)
        select v_consumer.id, c.provider_id, c.id from c
        on conflict (consumer_id, provider_id) do update
        set latest_contract_id = greatest(integrations.latest_contract_id, excluded.latest_contract_id))
      select * into v_contract from c;
      v_inserted := found;
      if not v_inserted then
        select * into v_contract from contracts
        where consumer_version_id = v_version_id and provider_id = v_provider.id;
      end if;
      v_outcome := case when v_inserted then 'created' else 'unchanged' end;
      if v_contract.content_sha <> p_sha then
        if not p_overwrite then
          raise exception using errcode = 'SGN01', message = 'contract.content-changed';
        end if;
        update contracts set content_sha = p_sha, updated_at = now() where id = v_contract.id;
        v_outcome := 'replaced';
      end if;
      if v_outcome <> 'unchanged' or p_announce_unchanged then
        insert into events (type, service_id, payload) values (
          case when v_outcome = 'replaced' then 'contract.content_changed' else 'contract.published' end,
          v_consumer.id,
          jsonb_build_object('consumer', p_consumer, 'consumerVersion', p_version, 'provider', p_provider,
            'contractSha', p_sha, 'contractId', v_contract.id, 'branch', coalesce(p_branch, v_branch))
          || case when v_outcome = 'unchanged' then '{"republished": true}'::jsonb else '{}'::jsonb end);
      end if;
      for v_spec in
        select m.sha from (
          (select set_sha as sha from specs where service_id = v_provider.id order by id desc limit 1)
          union
          select ver.spec_key as sha from verifications ver
            join deployed_versions d on d.version_id = ver.provider_version_id and d.ended_at is null
          where d.service_id = v_provider.id and ver.kind = 'spec' and ver.success) m
        order by m.sha collate "C"
      loop
        v_item := (select e from jsonb_array_elements(p_computed) e where e->>'specSha' = v_spec limit 1);
        if v_item is not null then
          insert into comparisons (contract_sha, spec_sha, status, summary, findings, error, rules)
          values (p_sha, v_spec, v_item->>'status', v_item->'summary', v_item->'findings', v_item->>'error', p_rules)
          on conflict (contract_sha, spec_sha) do update
            set status = excluded.status, summary = excluded.summary, findings = excluded.findings,
              error = excluded.error, rules = excluded.rules, created_at = now()
            where comparisons.rules <> p_rules
          returning * into v_row;
          if found then
            insert into events (type, service_id, payload) values (
              case when v_row.status = 'compatible' then 'comparison.succeeded' else 'comparison.failed' end,
              v_provider.id, (v_item->'payload') || jsonb_build_object('consumerBranch', v_branch));
          else
            select * into v_row from comparisons
            where contract_sha = p_sha and spec_sha = v_spec and rules = p_rules;
          end if;
          v_comparisons := v_comparisons || jsonb_build_array(jsonb_build_object('specSha', v_spec,
            'status', v_row.status, 'summary', v_row.summary, 'findings', v_row.findings, 'error', v_row.error,
            'createdAt', v_row.created_at));
        elsif v_spec = any (p_stored_shas) then
          v_comparisons := v_comparisons || jsonb_build_array(jsonb_build_object('specSha', v_spec, 'stored', true));
        elsif not p_last_attempt then
          raise exception using errcode = 'SGN02', message = 'the provider''s specs that matter changed';
        else
          v_skipped := v_skipped || v_spec;
        end if;
      end loop;
      return jsonb_build_object('status', 'stored', 'outcome', v_outcome, 'providerId', v_provider.id,
        'branch', v_branch, 'contractId', v_contract.id, 'consumerVersionId', v_version_id,
        'createdAt', v_contract.created_at, 'updatedAt', v_contract.updated_at,
        'comparisons', v_comparisons, 'skipped', to_jsonb(v_skipped));
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists publish_contract(text, text, text, text, text[], text, text, integer, boolean,
    boolean, text[], text[], jsonb, text[], boolean, text)`.execute(db);
}
