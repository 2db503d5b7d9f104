import { sql, type Kysely } from 'kysely';

/** API tokens: only a sha256 of each token is stored; revoking keeps the row for the audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table api_tokens (
    id integer generated always as identity primary key,
    name text not null,
    role text not null check (role in ('read', 'write', 'admin')),
    token_hash text not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz)`.execute(db);
}
