import { sql, type Kysely } from 'kysely';

/**
 * What the Pact Broker API knows that Signet's own model does not: pacticipant display names and repository
 * URLs, environment contacts, and how a Pact verification was selected (pending, work in progress), which
 * the pending and WIP rules read back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table pact_pacticipants (
      service_id integer primary key references services (id),
      display_name text,
      repository_url text,
      updated_at timestamptz not null default now())`,
    sql`create table pact_environments (
      environment_id integer primary key references environments (id),
      contacts jsonb not null default '[]')`,
    sql`create table pact_verifications (
      verification_id integer primary key references verifications (id),
      pending boolean not null,
      wip boolean not null,
      consumer_versions jsonb not null default '[]',
      verified_by jsonb)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
