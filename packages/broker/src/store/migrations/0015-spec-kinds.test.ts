import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import '../../testing/provided-context.js';
import { PGliteDialect } from '../pglite-dialect.js';
import { migrations } from './index.js';
import { storedKind, up } from './0015-spec-kinds.js';

// Specs stored before 0015, each format as a publisher may have written it; more rows than one backfill batch.
const texts = {
  openapiJson: JSON.stringify({ openapi: '3.0.3', info: { title: 'a', version: '1' }, paths: {} }),
  swaggerYaml: 'swagger: "2.0"\ninfo: { title: b, version: "1" }\npaths: {}\n',
  asyncapiJson: JSON.stringify({ info: { title: 'c', version: '1' }, asyncapi: '3.0.0', channels: {} }),
  asyncapiYaml: '# messages\nasyncapi: 2.6.0\ninfo:\n  title: d\n  version: "1"\nchannels: {}\n',
  asyncapiFlow: '{asyncapi: 3.0.0, info: {title: e, version: "1"}}',
  // An OpenAPI spec describing an API about AsyncAPI documents: the nested key is not the document's.
  openapiYamlNested:
    'openapi: 3.1.0\ninfo: { title: f, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Doc:\n      properties:\n        asyncapi: { type: string }\n',
};

describe('migration 0015: spec kinds', () => {
  let root: string;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'signet-0015-test-'));
    await cp(inject('pgliteTemplate'), root, { recursive: true });
    db = new Kysely<unknown>({ dialect: new PGliteDialect(await PGlite.create(root)) });
    for (const [name, migration] of Object.entries(migrations)) {
      if (name >= '0015') break;
      await migration.up(db);
    }
  });
  afterAll(async () => {
    await db.destroy();
    await rm(root, { recursive: true, force: true });
  });

  it('reads each stored text’s kind as core’s format detection does', () => {
    expect(Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, storedKind(text)]))).toEqual(
      {
        openapiJson: 'openapi',
        swaggerYaml: 'openapi',
        asyncapiJson: 'asyncapi',
        asyncapiYaml: 'asyncapi',
        asyncapiFlow: 'asyncapi',
        openapiYamlNested: 'openapi',
      },
    );
  });

  it('backfills kind and set_sha on old rows, keeps their comparisons, and allows one spec per kind', async () => {
    await sql`insert into services (name) values ('svc')`.execute(db);
    const expected = new Map<number, string>();
    const entries = Object.entries(texts);
    for (let n = 0; n < 45; n++) {
      const [, text] = entries[n % entries.length]!;
      const sha = `sha-${n}`;
      await sql`insert into documents (sha256, text, byte_size) values (${sha}, ${text}, ${text.length})`.execute(
        db,
      );
      await sql`insert into versions (service_id, number) values (1, ${`v${n}`})`.execute(db);
      const { rows } = await sql<{ id: number }>`insert into specs (service_id, version_id, content_sha)
        values (1, (select id from versions where number = ${`v${n}`}), ${sha}) returning id`.execute(db);
      expected.set(rows[0]!.id, storedKind(text));
    }
    await sql`insert into documents (sha256, text, byte_size) values ('pact', '{}', 2)`.execute(db);
    await sql`insert into comparisons (contract_sha, spec_sha, status, summary, findings, rules)
      values ('pact', 'sha-0', 'compatible', '{}', '[]', 'r')`.execute(db);

    await up(db);

    const { rows } = await sql<{ id: number; kind: string; set_sha: string; content_sha: string }>`
      select id, kind, set_sha, content_sha from specs order by id`.execute(db);
    expect(rows).toHaveLength(45);
    expect(rows.map((row) => [row.id, row.kind])).toEqual([...expected]);
    expect(rows.filter((row) => row.kind === 'asyncapi')).toHaveLength(22);
    expect(rows.every((row) => row.set_sha === row.content_sha)).toBe(true);
    // The comparison of the old spec is still found under the version's key.
    const found = await sql`select 1 from comparisons c join specs s on s.set_sha = c.spec_sha`.execute(db);
    expect(found.rows).toHaveLength(1);
    // A version now takes a spec of the other kind, but still not two of one kind.
    const first = rows[0]!;
    const other = first.kind === 'openapi' ? 'asyncapi' : 'openapi';
    await sql`insert into specs (service_id, version_id, content_sha, kind, set_sha)
      select service_id, version_id, 'sha-1', ${other}, 'sha-1' from specs where id = ${first.id}`.execute(
      db,
    );
    await expect(
      sql`insert into specs (service_id, version_id, content_sha, kind, set_sha)
        select service_id, version_id, 'sha-2', ${other}, 'sha-2' from specs where id = ${first.id}`.execute(
        db,
      ),
    ).rejects.toThrow(/specs_one_per_version_kind/);
  });
});
