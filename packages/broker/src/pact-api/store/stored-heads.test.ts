import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract } from '../../contracts/publish-contract.js';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { createStore } from '../../store/index.js';
import { describeOnPostgres } from '../../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../../testing/test-database.js';
import { testEngine } from '../../testing/test-engine.js';
import { pactFiles } from '../testing/pact-files.js';
import { deleteBranch, putBranchVersion } from '../versions/branch-service.js';
import { deleteTag, putTag } from '../versions/tag-service.js';

type Heads = Record<string, string>;

/**
 * `branch_heads` and `tag_heads` (migration 0014, kept by triggers) after each kind of write, compared with
 * heads computed from `version_branches` and `version_tags` themselves, and with what the history says.
 */
function describeStoredHeads(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`stored branch and tag heads on ${databaseName}`, () => {
    let database: TestDatabase;
    let deps: BrokerDeps;
    beforeAll(async () => {
      database = await open();
      deps = {
        store: createStore(database.db),
        engine: testEngine,
        limits: defaultLimits,
        auth: { mode: 'open' },
      };
    }, 120_000);
    afterAll(() => database?.close());

    const publish = (version: string, branch: string, tags: string[], provider = 'api') =>
      publishContract(deps, {
        content: JSON.stringify(pactFiles.v3('web', provider, `one ${version}`)),
        consumerVersion: version,
        branch,
        tags,
      });

    /** "service/branch" → version number, from the stored table. */
    const stored = async (): Promise<{ branches: Heads; tags: Heads }> => {
      const branches = await sql<{ key: string; version: string }>`
        select s.name || '/' || h.name as key, v.number as version from branch_heads h
        join services s on s.id = h.service_id join versions v on v.id = h.version_id
        where v.service_id = h.service_id order by key`.execute(database.db);
      const tags = await sql<{ key: string; version: string }>`
        select s.name || '/' || h.name as key, v.number as version from tag_heads h
        join services s on s.id = h.service_id join versions v on v.id = h.version_id
        where v.service_id = h.service_id order by key`.execute(database.db);
      const record = (rows: { key: string; version: string }[]) =>
        Object.fromEntries(rows.map((row) => [row.key, row.version]));
      return { branches: record(branches.rows), tags: record(tags.rows) };
    };

    /** The same heads by definition: a branch's newest row; a tag's newest version of the service. */
    const computed = async (): Promise<{ branches: Heads; tags: Heads }> => {
      const branches = await sql<{ key: string; version: string }>`
        select distinct on (b.service_id, b.name) s.name || '/' || b.name as key, v.number as version
        from version_branches b join services s on s.id = b.service_id join versions v on v.id = b.version_id
        order by b.service_id, b.name, b.id desc`.execute(database.db);
      const tags = await sql<{ key: string; version: string }>`
        select distinct on (v.service_id, t.name) s.name || '/' || t.name as key, v.number as version
        from version_tags t join versions v on v.id = t.version_id join services s on s.id = v.service_id
        order by v.service_id, t.name, t.version_id desc`.execute(database.db);
      const record = (rows: { key: string; version: string }[]) =>
        Object.fromEntries(rows.map((row) => [row.key, row.version]));
      return { branches: record(branches.rows), tags: record(tags.rows) };
    };

    /** The stored heads, after checking they agree with the definition. */
    const heads = async () => {
      const now = await stored();
      expect(now).toEqual(await computed());
      return now;
    };

    it('follows publications: a branch is headed by the version published on it last, a tag by the newest', async () => {
      await publish('w1', 'feat', ['beta']);
      await publish('w2', 'main', ['beta', 'prod']);
      // w3 publishes with another provider only: it still heads feat and beta.
      await publish('w3', 'feat', ['beta'], 'other');
      expect(await heads()).toEqual({
        branches: { 'web/feat': 'w3', 'web/main': 'w2' },
        tags: { 'web/beta': 'w3', 'web/prod': 'w2' },
      });
    });

    it('follows branch PUTs: a version on two branches, and one already on the branch keeps its place', async () => {
      const put = (number: string, branch: string) =>
        putBranchVersion(deps.store, { pacticipant: 'web', branch, number });
      await put('w1', 'release/1');
      expect((await heads()).branches['web/release/1']).toBe('w1');
      await put('w2', 'release/1');
      await put('w1', 'release/1'); // already on it: w2 stays the head
      const after = await heads();
      expect(after.branches).toEqual({ 'web/feat': 'w3', 'web/main': 'w2', 'web/release/1': 'w2' });
      // A PUT naming a version not known yet creates it, on the branch it then heads.
      await put('w0', 'feat');
      expect((await heads()).branches['web/feat']).toBe('w0');
    });

    it('follows tag PUTs: tagging an older version does not move the head back', async () => {
      await putTag(deps.store, { pacticipant: 'web', number: 'w1', tag: 'prod' });
      expect((await heads()).tags['web/prod']).toBe('w2');
      await putTag(deps.store, { pacticipant: 'web', number: 'w3', tag: 'prod' });
      expect((await heads()).tags['web/prod']).toBe('w3');
    });

    it('recomputes heads from what remains after a tag or a branch is deleted', async () => {
      await deleteTag(deps.store, { pacticipant: 'web', number: 'w3', tag: 'prod' });
      expect((await heads()).tags['web/prod']).toBe('w2');
      await deleteTag(deps.store, { pacticipant: 'web', number: 'w2', tag: 'prod' });
      await deleteTag(deps.store, { pacticipant: 'web', number: 'w1', tag: 'prod' });
      expect((await heads()).tags['web/prod']).toBeUndefined();
      await deleteBranch(deps.store, 'web', 'release/1');
      expect(await heads()).toEqual({
        branches: { 'web/feat': 'w0', 'web/main': 'w2' },
        tags: { 'web/beta': 'w3' },
      });
    });

    it('keeps heads right for many rows in one statement, and for rows moved by an update', async () => {
      await sql`insert into version_branches (service_id, version_id, name)
        select v.service_id, v.id, b.name from versions v
        cross join (values ('bulk-a'), ('bulk-b')) b(name)
        join services s on s.id = v.service_id where s.name = 'web' order by v.id`.execute(database.db);
      const bulk = await heads();
      expect([bulk.branches['web/bulk-a'], bulk.branches['web/bulk-b']]).toEqual(['w0', 'w0']);
      await sql`update version_branches set name = 'bulk-c' where name = 'bulk-b'`.execute(database.db);
      const moved = await heads();
      expect([moved.branches['web/bulk-b'], moved.branches['web/bulk-c']]).toEqual([undefined, 'w0']);
    });

    it('leaves the heads as they were when the writing transaction rolls back', async () => {
      const before = await heads();
      await expect(
        deps.store.transaction(async (tx) => {
          const web = (await tx.services.find('web'))!;
          await tx.versions.ensure(web.id, 'w9', 'main');
          await tx.versions.addTags((await tx.versions.find('web', 'w9'))!.id, ['beta']);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await heads()).toEqual(before);
    });
  });
}

describeStoredHeads('PGlite', openPGliteTestDatabase);
describeOnPostgres('stored branch and tag heads', (serverUrl) => {
  describeStoredHeads('PostgreSQL', () => openPostgresTestDatabase(serverUrl));
});
