import { sql, type Kysely } from 'kysely';

/**
 * Stored heads, so pacts-for-verification reads a consumer's branch and tag heads by key instead of computing
 * "is there a newer row?" for every candidate. `branch_heads`: per (service, branch) the newest
 * `version_branches` row (the version put on the branch last). `tag_heads`: per (service, tag) the newest version
 * of the service carrying the tag. Kept by statement-level triggers on `version_branches` and `version_tags`, in
 * the writing statement itself, so every writer (publish, branch PUT, tag PUT, deletes, bulk loads) keeps them
 * right: an insert moves a head forward by key; a delete or update recomputes the heads of the keys it touched
 * from what remains. Backfilled from the existing rows. Also three indexes the same read needs: current
 * deployments by version, a provider's contracts by creation time (the WIP window), and Pact verifications by
 * content (the pending rule's successes, which scanned every verification).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table branch_heads (
      service_id integer not null references services (id),
      name text not null,
      version_id integer not null references versions (id),
      branch_row_id integer not null,
      primary key (service_id, name))`,
    sql`create index branch_heads_by_version on branch_heads (version_id)`,
    sql`create table tag_heads (
      service_id integer not null references services (id),
      name text not null,
      version_id integer not null references versions (id),
      primary key (service_id, name))`,
    sql`create index tag_heads_by_version on tag_heads (version_id)`,

    sql`create function branch_heads_after_insert() returns trigger language plpgsql as $$
      begin
        insert into branch_heads as h (service_id, name, version_id, branch_row_id)
          select distinct on (n.service_id, n.name) n.service_id, n.name, n.version_id, n.id
          from new_rows n order by n.service_id, n.name, n.id desc
        on conflict (service_id, name) do update
          set version_id = excluded.version_id, branch_row_id = excluded.branch_row_id
          where h.branch_row_id < excluded.branch_row_id;
        return null;
      end $$`,
    // Recomputes the heads of the given keys from the rows that remain (a key left without rows has none).
    sql`create function branch_heads_refresh(services integer[], names text[]) returns void language sql as $$
      delete from branch_heads h using unnest(services, names) k(service_id, name)
        where h.service_id = k.service_id and h.name = k.name;
      insert into branch_heads (service_id, name, version_id, branch_row_id)
        select k.service_id, k.name, last.version_id, last.id
        from (select distinct * from unnest(services, names) u(service_id, name)) k
        cross join lateral (select b.version_id, b.id from version_branches b
          where b.service_id = k.service_id and b.name = k.name order by b.id desc limit 1) last $$`,
    sql`create function branch_heads_recompute() returns trigger language plpgsql as $$
      declare services integer[]; names text[];
      begin
        if tg_op = 'UPDATE' then
          select array_agg(k.service_id), array_agg(k.name) into services, names from (
            select o.service_id, o.name from old_rows o union select n.service_id, n.name from new_rows n) k;
        else
          select array_agg(o.service_id), array_agg(o.name) into services, names from old_rows o;
        end if;
        perform branch_heads_refresh(services, names);
        return null;
      end $$`,
    sql`create trigger branch_heads_insert after insert on version_branches
      referencing new table as new_rows for each statement execute function branch_heads_after_insert()`,
    sql`create trigger branch_heads_delete after delete on version_branches
      referencing old table as old_rows for each statement execute function branch_heads_recompute()`,
    sql`create trigger branch_heads_update after update on version_branches
      referencing old table as old_rows new table as new_rows
      for each statement execute function branch_heads_recompute()`,

    sql`create function tag_heads_after_insert() returns trigger language plpgsql as $$
      begin
        insert into tag_heads as h (service_id, name, version_id)
          select distinct on (v.service_id, n.name) v.service_id, n.name, n.version_id
          from new_rows n join versions v on v.id = n.version_id
          order by v.service_id, n.name, n.version_id desc
        on conflict (service_id, name) do update set version_id = excluded.version_id
          where h.version_id < excluded.version_id;
        return null;
      end $$`,
    // The newest version carrying the tag: walks the service's versions newest first (versions_by_service),
    // probing version_tags' key; deletes are rare and the walk stops at the first version with the tag.
    sql`create function tag_heads_refresh(services integer[], names text[]) returns void language sql as $$
      delete from tag_heads h using unnest(services, names) k(service_id, name)
        where h.service_id = k.service_id and h.name = k.name;
      insert into tag_heads (service_id, name, version_id)
        select k.service_id, k.name, last.id
        from (select distinct * from unnest(services, names) u(service_id, name)) k
        cross join lateral (select v.id from versions v where v.service_id = k.service_id and exists (
            select 1 from version_tags t where t.version_id = v.id and t.name = k.name)
          order by v.id desc limit 1) last $$`,
    sql`create function tag_heads_recompute() returns trigger language plpgsql as $$
      declare services integer[]; names text[];
      begin
        if tg_op = 'UPDATE' then
          select array_agg(k.service_id), array_agg(k.name) into services, names from (
            select v.service_id, o.name from old_rows o join versions v on v.id = o.version_id
            union select v.service_id, n.name from new_rows n join versions v on v.id = n.version_id) k;
        else
          select array_agg(v.service_id), array_agg(o.name) into services, names
            from old_rows o join versions v on v.id = o.version_id;
        end if;
        perform tag_heads_refresh(services, names);
        return null;
      end $$`,
    sql`create trigger tag_heads_insert after insert on version_tags
      referencing new table as new_rows for each statement execute function tag_heads_after_insert()`,
    sql`create trigger tag_heads_delete after delete on version_tags
      referencing old table as old_rows for each statement execute function tag_heads_recompute()`,
    sql`create trigger tag_heads_update after update on version_tags
      referencing old table as old_rows new table as new_rows
      for each statement execute function tag_heads_recompute()`,

    sql`insert into branch_heads (service_id, name, version_id, branch_row_id)
      select distinct on (b.service_id, b.name) b.service_id, b.name, b.version_id, b.id
      from version_branches b order by b.service_id, b.name, b.id desc`,
    sql`insert into tag_heads (service_id, name, version_id)
      select distinct on (v.service_id, t.name) v.service_id, t.name, t.version_id
      from version_tags t join versions v on v.id = t.version_id
      order by v.service_id, t.name, t.version_id desc`,

    sql`create index deployed_current_by_version on deployed_versions (version_id) where ended_at is null`,
    sql`create index contracts_by_provider_created on contracts (provider_id, created_at)`,
    sql`create index pact_verifications_by_content on verifications (contract_sha) where kind = 'pact'`,
  ];
  for (const statement of statements) await statement.execute(db);
}
