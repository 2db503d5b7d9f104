import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../deps.js';
import { publishSpec } from '../specs/publish-spec.js';
import { createStore } from '../store/index.js';
import { openApiSpec } from '../testing/documents.js';
import { asyncApiSpec } from '../testing/message-documents.js';
import { describeOnPostgres } from '../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../testing/test-database.js';
import { testEngine } from '../testing/test-engine.js';
import { recordVerification } from './record-verification.js';
import { verifiedSpecKey } from './verified-spec-key.js';

/**
 * The stored spec verification key (migration 0016) under the broker's own writes racing each other: spec
 * verifications of both halves of a version, successes and failures, while the version's AsyncAPI spec is
 * published. Every write must succeed (no deadlock between the version lock and the foreign-key locks) and every
 * stored key must equal the live rule's afterwards.
 */
function describeRacingWrites(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`stored spec keys under concurrent writes on ${databaseName}`, () => {
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

    it('keeps every key equal to the live rule, with no write lost', async () => {
      const versions = ['1', '2', '3', '4'];
      const openapi = new Map<string, string>();
      for (const version of versions) {
        const content = openApiSpec(`stock ${version}`, [['get', '/items']]);
        const { spec } = await publishSpec(deps, { provider: 'stock', version, content });
        openapi.set(version, spec.contentSha);
      }
      const messages = asyncApiSpec({ type: 'object' });
      const writes = versions.flatMap((version) => [
        () => publishSpec(deps, { provider: 'stock', version, content: messages }),
        ...[true, false, true].map(
          (success) => () =>
            recordVerification(deps, {
              provider: 'stock',
              version,
              success,
              target: { kind: 'spec', specSha: openapi.get(version)! },
            }),
        ),
      ]);
      const outcomes = await Promise.allSettled(writes.map((write) => write()));
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      // The AsyncAPI halves verified, concurrently with more OpenAPI verifications.
      const { rows: specs } = await sql<{ sha: string }>`select distinct content_sha as sha from specs
        where kind = 'asyncapi'`.execute(database.db);
      const more = await Promise.allSettled(
        versions.flatMap((version) => [
          recordVerification(deps, {
            provider: 'stock',
            version,
            success: version !== '2',
            target: { kind: 'spec', specSha: specs[0]!.sha },
          }),
          recordVerification(deps, {
            provider: 'stock',
            version,
            success: true,
            target: { kind: 'spec', specSha: openapi.get(version)! },
          }),
        ]),
      );
      expect(more.filter((outcome) => outcome.status === 'rejected')).toEqual([]);

      const { rows: drifted } = await sql<{ id: number }>`select x.id from verifications x
        where x.kind = 'spec' and x.spec_key is distinct from ${verifiedSpecKey('x')}`.execute(database.db);
      expect(drifted).toEqual([]);
      const { rows: keys } = await sql<{ version: string; set: boolean }>`
        select v.number as version, bool_and(x.spec_key = sp.set_sha) as set
        from verifications x join versions v on v.id = x.provider_version_id
        join specs sp on sp.version_id = v.id and sp.content_sha = x.spec_sha
        where x.id in (select max(id) from verifications where kind = 'spec' group by provider_version_id, spec_sha)
        group by v.number order by v.number`.execute(database.db);
      // Both halves' newest verifications succeeded except on version 2, whose AsyncAPI half failed.
      expect(keys).toEqual([
        { version: '1', set: true },
        { version: '2', set: false },
        { version: '3', set: true },
        { version: '4', set: true },
      ]);
    }, 120_000);
  });
}

describeRacingWrites('PGlite', () => openPGliteTestDatabase());
describeOnPostgres('stored spec keys under concurrent writes', (serverUrl) =>
  describeRacingWrites('PostgreSQL', () => openPostgresTestDatabase(serverUrl)),
);
