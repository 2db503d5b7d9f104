import { sql, type Kysely } from 'kysely';

/** Environments, what runs where (deployments replace, releases accumulate), and the event timeline. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table environments (
      id integer generated always as identity primary key,
      name text not null unique,
      display_name text not null,
      production boolean not null default false,
      created_at timestamptz not null default now())`,
    sql`create table deployed_versions (
      id integer generated always as identity primary key,
      service_id integer not null references services (id),
      version_id integer not null references versions (id),
      environment_id integer not null references environments (id),
      kind text not null check (kind in ('deployment', 'release')),
      application_instance text not null default '',
      created_at timestamptz not null default now(),
      ended_at timestamptz)`,
    // At most one current deployment per application instance; a release of a version is current once.
    sql`create unique index one_current_deployment on deployed_versions (environment_id, service_id, application_instance)
      where kind = 'deployment' and ended_at is null`,
    sql`create unique index one_current_release on deployed_versions (environment_id, version_id)
      where kind = 'release' and ended_at is null`,
    sql`create index deployed_by_environment on deployed_versions (environment_id, service_id) where ended_at is null`,
    sql`create table events (
      id integer generated always as identity primary key,
      type text not null,
      service_id integer references services (id),
      payload jsonb not null,
      created_at timestamptz not null default now())`,
    sql`create index events_by_service on events (service_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
