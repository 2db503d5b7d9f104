import { sql, type Kysely } from 'kysely';

/**
 * A version may be on several branches (Pact Broker's branch_versions). One row per (version, branch); the row
 * id orders additions, and a branch's head is its newest row, as the Pact Broker's branch_heads follow the last
 * version added to the branch. `versions.branch` stays the version's first branch. Existing versions keep theirs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table version_branches (
      id integer generated always as identity primary key,
      service_id integer not null references services (id),
      version_id integer not null references versions (id),
      name text not null,
      created_at timestamptz not null default now(),
      unique (version_id, name))`,
    sql`create index version_branches_heads on version_branches (service_id, name, id)`,
    sql`insert into version_branches (service_id, version_id, name, created_at)
      select service_id, id, branch, created_at from versions where branch is not null order by id`,
  ];
  for (const statement of statements) await statement.execute(db);
}
