import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import '../../testing/provided-context.js';
import { describeOnPostgres } from '../../testing/postgres-suite.js';
import { verifiedSpecKey } from '../../verifications/verified-spec-key.js';
import { PGliteDialect } from '../pglite-dialect.js';
import { migrations } from './index.js';
import { up } from './0016-verification-spec-key.js';

interface EmptyDatabase {
  db: Kysely<unknown>;
  close: () => Promise<void>;
}

async function emptyPGlite(): Promise<EmptyDatabase> {
  const root = await mkdtemp(join(tmpdir(), 'signet-0016-test-'));
  await cp(inject('pgliteTemplate'), root, { recursive: true });
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(await PGlite.create(root)) });
  return { db, close: () => db.destroy().then(() => rm(root, { recursive: true, force: true })) };
}

async function emptyPostgres(serverUrl: string): Promise<EmptyDatabase> {
  const name = `signet_test_${randomUUID().replaceAll('-', '')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 2 }) }),
  });
  return { db, close: () => db.destroy().then(() => admin(`drop database if exists ${name}`)) };
}

/**
 * Migration 0016 on an old history (every verification of the rule's cases), then its triggers as the writes
 * that change a key happen: the stored key must equal verified-spec-key.ts's live one for every spec verification.
 */
function describeSpecKeys(databaseName: string, open: () => Promise<EmptyDatabase>): void {
  describe(`migration 0016: stored spec verification keys on ${databaseName}`, () => {
    let database: EmptyDatabase;
    const run = (query: ReturnType<typeof sql>) => query.execute(database.db);
    beforeAll(async () => {
      database = await open();
      for (const [name, migration] of Object.entries(migrations)) {
        if (name >= '0016') break;
        await migration.up(database.db);
      }
    }, 120_000);
    afterAll(() => database?.close());

    /** Verification id → stored key, in id order. */
    const stored = async () => {
      const { rows } = await sql<{ id: number; key: string | null }>`
        select id, spec_key as key from verifications order by id`.execute(database.db);
      return rows.map((row) => row.key);
    };
    /** Spec verifications whose stored key differs from the live rule's. */
    const drifted = async () => {
      const { rows } = await sql<{ id: number }>`select x.id from verifications x
        where x.kind = 'spec' and x.spec_key is distinct from ${verifiedSpecKey('x')}`.execute(database.db);
      return rows;
    };
    const verify = (version: string, spec: string, success: boolean) =>
      run(sql`insert into verifications (provider_version_id, kind, spec_sha, success)
        values ((select id from versions where number = ${version}), 'spec', ${spec}, ${success})`);

    it('backfills every case of the rule, then re-keys as verifications and specs change', async () => {
      const documents = [
        'a',
        'o2',
        'm2',
        's2',
        'o3',
        'm3',
        's3',
        'o4',
        'm4',
        's4',
        'x',
        'pact',
        'o4b',
        's4b',
      ];
      for (const sha of documents)
        await run(sql`insert into documents (sha256, text, byte_size) values (${sha}, '{}', 2)`);
      await run(sql`insert into services (name) values ('api')`);
      for (const version of ['v1', 'v2', 'v3', 'v4'])
        await run(sql`insert into versions (service_id, number) values (1, ${version})`);
      const spec = (version: string, sha: string, kind: string, set: string) =>
        run(sql`insert into specs (service_id, version_id, content_sha, kind, set_sha)
          values (1, (select id from versions where number = ${version}), ${sha}, ${kind}, ${set})`);
      await spec('v1', 'a', 'openapi', 'a');
      for (const n of ['2', '3', '4']) {
        await spec(`v${n}`, `o${n}`, 'openapi', `s${n}`);
        await spec(`v${n}`, `m${n}`, 'asyncapi', `s${n}`);
      }
      await verify('v1', 'a', true); // one spec: its own sha
      await verify('v2', 'o2', true); // both halves verified: the set's key
      await verify('v2', 'm2', true);
      await verify('v3', 'o3', true); // the other half's newest verification failed: own sha
      await verify('v3', 'm3', true);
      await verify('v3', 'm3', false);
      await verify('v4', 'o4', true); // the other half never verified: own sha
      await verify('v1', 'x', true); // not one of the version's specs: own sha
      await run(sql`insert into verifications (provider_version_id, kind, contract_sha, success)
        values (1, 'pact', 'pact', true)`);

      await up(database.db);

      expect(await stored()).toEqual(['a', 's2', 's2', 'o3', 's3', 's3', 'o4', 'x', null]);
      expect(await drifted()).toEqual([]);

      // The other half verified: both halves take the set's key; then it fails again: the OpenAPI half its own.
      await verify('v4', 'm4', true);
      expect((await stored()).slice(6)).toEqual(['s4', 'x', null, 's4']);
      await verify('v4', 'm4', false);
      expect((await stored()).slice(6)).toEqual(['o4', 'x', null, 's4', 's4']);
      await verify('v4', 'm4', true);
      // The version's OpenAPI spec replaced (new content, new set key): its old verification is not of the set.
      await run(sql`update specs set content_sha = 'o4b', set_sha = 'o4b'
        where content_sha = 'o4'`);
      await run(sql`update specs set set_sha = 's4b'
        where version_id = (select id from versions where number = 'v4')`);
      expect((await stored()).slice(6)).toEqual(['o4', 'x', null, 'm4', 'm4', 'm4']);
      expect(await drifted()).toEqual([]);
      // The version's AsyncAPI spec removed: the set is gone from its key.
      await verify('v2', 'o2', true);
      await run(sql`delete from specs where content_sha = 'm2'`);
      await run(sql`update specs set set_sha = 'o2' where content_sha = 'o2'`);
      expect((await stored()).slice(1, 3)).toEqual(['o2', 'm2']);
      expect(await drifted()).toEqual([]);
    });

    it('keys many verifications written in one statement', async () => {
      await run(sql`insert into verifications (provider_version_id, kind, spec_sha, success)
        select v.id, 'spec', s.content_sha, true from versions v join specs s on s.version_id = v.id
        order by v.id, s.id`);
      expect(await drifted()).toEqual([]);
      const { rows } = await sql<{ key: string }>`select distinct spec_key as key from verifications
        where id > 13 order by key`.execute(database.db);
      expect(rows.map((row) => row.key)).toEqual(['a', 'o2', 's3', 's4b']);
    });
  });
}

describeSpecKeys('PGlite', emptyPGlite);
describeOnPostgres('migration 0016: stored spec verification keys', (serverUrl) =>
  describeSpecKeys('PostgreSQL', () => emptyPostgres(serverUrl)),
);
