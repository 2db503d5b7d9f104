import { sql, type Kysely } from 'kysely';

/** Services, versions, content-addressed documents, specs, contracts, comparisons, verifications. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table services (
      id integer generated always as identity primary key,
      name text not null unique,
      main_branch text,
      created_at timestamptz not null default now())`,
    sql`create table versions (
      id integer generated always as identity primary key,
      service_id integer not null references services (id),
      number text not null,
      branch text,
      created_at timestamptz not null default now(),
      unique (service_id, number))`,
    sql`create index versions_by_service on versions (service_id, id)`,
    sql`create table version_tags (
      version_id integer not null references versions (id),
      name text not null,
      created_at timestamptz not null default now(),
      primary key (version_id, name))`,
    sql`create table documents (
      sha256 text primary key,
      text text not null,
      byte_size integer not null,
      created_at timestamptz not null default now())`,
    sql`create table specs (
      id integer generated always as identity primary key,
      service_id integer not null references services (id),
      version_id integer references versions (id),
      content_sha text not null references documents (sha256),
      created_at timestamptz not null default now())`,
    // A version has one spec; unversioned publications of the same text are one row.
    sql`create unique index specs_one_per_version on specs (version_id) where version_id is not null`,
    sql`create unique index specs_unversioned on specs (service_id, content_sha) where version_id is null`,
    sql`create index specs_by_service on specs (service_id, id)`,
    sql`create table contracts (
      id integer generated always as identity primary key,
      consumer_version_id integer not null references versions (id),
      provider_id integer not null references services (id),
      content_sha text not null references documents (sha256),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (consumer_version_id, provider_id))`,
    sql`create index contracts_by_provider on contracts (provider_id, id)`,
    sql`create table comparisons (
      contract_sha text not null references documents (sha256),
      spec_sha text not null references documents (sha256),
      status text not null check (status in ('compatible', 'incompatible', 'failed')),
      summary jsonb not null,
      findings jsonb not null,
      error text,
      created_at timestamptz not null default now(),
      primary key (contract_sha, spec_sha))`,
    sql`create table verifications (
      id integer generated always as identity primary key,
      provider_version_id integer not null references versions (id),
      kind text not null check (kind in ('spec', 'pact')),
      spec_sha text references documents (sha256),
      contract_sha text references documents (sha256),
      success boolean not null,
      results jsonb not null default '[]',
      build_url text,
      created_at timestamptz not null default now(),
      check ((kind = 'spec') = (spec_sha is not null) and (kind = 'pact') = (contract_sha is not null)))`,
    sql`create index verifications_by_version on verifications (provider_version_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
