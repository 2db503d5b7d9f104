import { sql, type Kysely } from 'kysely';

/**
 * Stores each spec verification's comparison key (`verifications.spec_key`), so readers such as the matrix page
 * join it to `comparisons` by column instead of computing it per row (`verified-spec-key.ts`, ~0.05 ms a row).
 * The key is the version's spec-set key (`specs.set_sha`) when the version's other spec's newest verification
 * succeeded, else the verified spec's own sha. It depends on the version's specs and on its newest spec
 * verifications, so statement-level triggers on both tables re-key the affected versions' spec verifications in
 * the writing statement itself: every writer (recording, publishing, bulk loads) keeps it right. The re-key takes
 * the versions' rows (`for no key update`, in id order) first, so two writers of one version run one after the
 * other and the second sees the first's rows (read committed). Backfilled from the existing rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table verifications add column spec_key text`,
    // Frozen copy of the rule in verified-spec-key.ts as of this migration (x: the verification row).
    sql`create function verification_spec_keys_refresh(version_ids integer[]) returns void language plpgsql as $$
      begin
        perform 1 from versions where id = any(version_ids) order by id for no key update;
        update verifications t set spec_key = k.key from (
          select x.id, coalesce((select sp.set_sha from specs sp
            where sp.version_id = x.provider_version_id and sp.content_sha = x.spec_sha
              and not exists (select 1 from specs other
                where other.version_id = x.provider_version_id and other.content_sha <> x.spec_sha
                  and (select y.success from verifications y
                    where y.provider_version_id = x.provider_version_id and y.kind = 'spec'
                      and y.spec_sha = other.content_sha
                    order by y.id desc limit 1) is not true)
            limit 1), x.spec_sha) as key
          from verifications x where x.kind = 'spec' and x.provider_version_id = any(version_ids)) k
        where t.id = k.id and t.spec_key is distinct from k.key;
      end $$`,
    sql`create function verification_spec_keys_after_verification() returns trigger language plpgsql as $$
      begin
        perform verification_spec_keys_refresh(array(
          select distinct n.provider_version_id from new_rows n where n.kind = 'spec'));
        return null;
      end $$`,
    sql`create function verification_spec_keys_after_specs() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform verification_spec_keys_refresh(array(
            select distinct n.version_id from new_rows n where n.version_id is not null));
        elsif tg_op = 'UPDATE' then
          perform verification_spec_keys_refresh(array(
            select o.version_id from old_rows o where o.version_id is not null
            union select n.version_id from new_rows n where n.version_id is not null));
        else
          perform verification_spec_keys_refresh(array(
            select distinct o.version_id from old_rows o where o.version_id is not null));
        end if;
        return null;
      end $$`,
    sql`create trigger verification_spec_keys_insert after insert on verifications
      referencing new table as new_rows for each statement
      execute function verification_spec_keys_after_verification()`,
    sql`create trigger verification_spec_keys_specs_insert after insert on specs
      referencing new table as new_rows for each statement execute function verification_spec_keys_after_specs()`,
    sql`create trigger verification_spec_keys_specs_update after update on specs
      referencing old table as old_rows new table as new_rows
      for each statement execute function verification_spec_keys_after_specs()`,
    sql`create trigger verification_spec_keys_specs_delete after delete on specs
      referencing old table as old_rows for each statement execute function verification_spec_keys_after_specs()`,
    sql`select verification_spec_keys_refresh(array(
      select distinct provider_version_id from verifications where kind = 'spec'))`,
  ];
  for (const statement of statements) await statement.execute(db);
}
