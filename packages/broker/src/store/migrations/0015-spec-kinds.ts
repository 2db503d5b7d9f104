import { sql, type Kysely } from 'kysely';

/**
 * A version may hold an OpenAPI and an AsyncAPI spec (issue 13): `specs.kind` says which, unique per version
 * and kind instead of one spec per version. `set_sha` is the key the version's comparisons use: the spec's own
 * sha when the version has one spec (every existing row, so every stored comparison stays valid), else the sha of
 * a spec-set document over both (`specs/spec-set.ts`). Kinds are backfilled from each stored text, a batch at a
 * time, so a database of large specs is never read into memory at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table specs add column kind text`.execute(db);
  await sql`alter table specs add column set_sha text references documents (sha256)`.execute(db);
  await backfillKinds(db);
  const statements = [
    sql`update specs set set_sha = content_sha`,
    sql`alter table specs alter column kind set not null`,
    sql`alter table specs alter column set_sha set not null`,
    sql`alter table specs add constraint specs_kind check (kind in ('openapi', 'asyncapi'))`,
    sql`drop index specs_one_per_version`,
    sql`create unique index specs_one_per_version_kind on specs (version_id, kind) where version_id is not null`,
  ];
  for (const statement of statements) await statement.execute(db);
}

const BATCH = 20;

async function backfillKinds(db: Kysely<unknown>): Promise<void> {
  for (let after = 0; ;) {
    const { rows } = await sql<{ id: number; text: string }>`
      select p.id, d.text from specs p join documents d on d.sha256 = p.content_sha
      where p.id > ${after} order by p.id limit ${BATCH}`.execute(db);
    if (rows.length === 0) return;
    for (const kind of ['openapi', 'asyncapi'] as const) {
      const ids = rows.filter((row) => storedKind(row.text) === kind).map((row) => row.id);
      if (ids.length > 0)
        await sql`update specs set kind = ${kind} where id in (${sql.join(ids)})`.execute(db);
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The kind of a stored spec (it loaded when published), read as core's format detection does: the top-level
 * `openapi` or `swagger` field wins, else `asyncapi`. JSON is parsed; YAML's top-level keys start a line.
 */
export function storedKind(text: string): 'openapi' | 'asyncapi' {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const document = JSON.parse(trimmed) as Record<string, unknown>;
      return !('openapi' in document) && !('swagger' in document) && 'asyncapi' in document
        ? 'asyncapi'
        : 'openapi';
    } catch {
      // a YAML flow mapping: read by its keys below
    }
  }
  const topKey = (name: string) => new RegExp(`^\\{?\\s*(["']?)${name}\\1\\s*:`, 'm').test(text);
  return !topKey('openapi') && !topKey('swagger') && topKey('asyncapi') ? 'asyncapi' : 'openapi';
}
