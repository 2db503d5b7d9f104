import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError } from '../errors/broker-error.js';
import { migrations } from '../store/migrations/index.js';
import { migrateToLatest } from '../store/migrate.js';
import { contentSha, createStore, maxPageSize, type Store } from '../store/index.js';
import type { TestDatabase } from './test-database.js';
import { createSubscriptionInput } from '../webhooks/subscription-input.js';

/**
 * The store's conformance suite. Each database the broker supports runs exactly these tests
 * (`pglite-store.test.ts`, `postgres-store.test.ts`), so the one SQL dialect is proven on both.
 */
export function describeStoreConformance(databaseName: string, open: () => Promise<TestDatabase>): void {
  describe(`store on ${databaseName}`, () => {
    let database: TestDatabase;
    let store: Store;

    beforeAll(async () => {
      database = await open();
      store = createStore(database.db);
    });
    afterAll(async () => {
      await database?.close();
    });

    it('applied every migration in order on a fresh database, and reapplies none', async () => {
      expect(database.migrated).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(database.db)).toEqual([]);
    });

    it('creates a service once however often (and however concurrently) it is ensured', async () => {
      const results = await Promise.all([1, 2, 3, 4].map(() => store.services.ensure('concurrent_service')));
      expect(new Set(results.map((service) => service.id)).size).toBe(1);
      expect((await store.services.find('concurrent_service'))?.id).toBe(results[0]?.id);
      expect(await store.services.find('no_such_service')).toBeUndefined();
      // The lock-free form agrees, whether it creates the service or finds it.
      const unlocked = await Promise.all(
        ['concurrent_service', 'unlocked_service', 'unlocked_service'].map((name) =>
          store.services.ensureUnlocked(name),
        ),
      );
      expect(unlocked[0]?.id).toBe(results[0]?.id);
      expect(unlocked[1]?.id).toBe(unlocked[2]?.id);
      expect((await store.services.find('unlocked_service'))?.id).toBe(unlocked[1]?.id);
    });

    it('pages services in name order with a cursor, and refuses a forged cursor', async () => {
      for (const name of ['page_c', 'page_a', 'page_b']) await store.services.ensure(name);
      const first = await store.services.list({ limit: 2 });
      const names = first.items.map((service) => service.name);
      expect(names).toEqual([...names].sort());
      const all: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.services.list({ limit: 2, cursor });
        all.push(...page.items.map((service) => service.name));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(all).toEqual(expect.arrayContaining(['page_a', 'page_b', 'page_c']));
      expect(all).toEqual([...all].sort());
      expect(new Set(all).size).toBe(all.length);
      await expect(store.services.list({ cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(BadRequestError);
      expect((await store.services.list({ limit: 10_000 })).items.length).toBeLessThanOrEqual(maxPageSize);
    });

    it('keeps a version’s first branch, accumulates sorted tags, and lists versions newest first', async () => {
      const service = await store.services.ensure('versioned');
      const v1 = await store.versions.ensure(service.id, '1.0.0', 'main');
      const again = await store.versions.ensure(service.id, '1.0.0', 'feature');
      expect(again).toMatchObject({ id: v1.id, branch: 'main' });
      await store.versions.addTags(v1.id, ['prod', 'beta']);
      await store.versions.addTags(v1.id, ['beta']);
      expect((await store.versions.find('versioned', '1.0.0'))?.tags).toEqual(['beta', 'prod']);
      await store.versions.ensure(service.id, '1.1.0');
      const v2 = await store.versions.ensure(service.id, '1.1.0', 'feature');
      expect(v2.branch).toBe('feature');
      await store.versions.ensure(service.id, '1.2.0', 'main');
      const page = await store.versions.list(service.id, { limit: 2 });
      expect(page.items.map((version) => version.number)).toEqual(['1.2.0', '1.1.0']);
      const rest = await store.versions.list(service.id, { limit: 2, cursor: page.nextCursor! });
      expect(rest).toEqual({
        items: [expect.objectContaining({ number: '1.0.0', tags: ['beta', 'prod'] })],
        nextCursor: null,
      });
      expect((await store.versions.list(service.id, { branch: 'main' })).items.map((v) => v.number)).toEqual([
        '1.2.0',
        '1.0.0',
      ]);
      expect((await store.versions.latest(service.id, 'feature'))?.number).toBe('1.1.0');
    });

    it('keeps a version’s build URL: one given replaces it, none given keeps it', async () => {
      const service = await store.services.ensure('built');
      expect((await store.versions.ensure(service.id, '1', 'main')).buildUrl).toBeNull();
      expect((await store.versions.ensure(service.id, '1', undefined, 'https://ci/1')).buildUrl).toBe(
        'https://ci/1',
      );
      expect((await store.versions.ensure(service.id, '1')).buildUrl).toBe('https://ci/1');
      await store.versions.ensure(service.id, '1', undefined, 'https://ci/2');
      expect((await store.versions.find('built', '1'))?.buildUrl).toBe('https://ci/2');
    });

    it('stores the same text once, addressed by its sha256', async () => {
      const before = await store.documents.count();
      const sha = await store.documents.put('{"openapi":"3.0.3"}');
      expect(await store.documents.put('{"openapi":"3.0.3"}')).toBe(sha);
      expect(sha).toBe(contentSha('{"openapi":"3.0.3"}'));
      expect(await store.documents.count()).toBe(before + 1);
      expect(await store.documents.get(sha)).toBe('{"openapi":"3.0.3"}');
    });

    it('holds one spec of each kind per version and one unversioned row per distinct content', async () => {
      const service = await store.services.ensure('spec_holder');
      const version = await store.versions.ensure(service.id, 'v1');
      const first = await store.documents.put('spec one');
      const second = await store.documents.put('spec two');
      const versioned = await store.specs.insert(service.id, version.id, first, 'openapi');
      expect(versioned).toMatchObject({ kind: 'openapi', setSha: first });
      expect(await store.specs.insert(service.id, version.id, second, 'openapi')).toEqual(versioned);
      await store.specs.replaceContent(versioned.id, second);
      expect((await store.specs.findForVersion(version.id, 'openapi'))?.contentSha).toBe(second);
      const messages = await store.specs.insert(service.id, version.id, first, 'asyncapi');
      expect(messages.kind).toBe('asyncapi');
      const set = await store.documents.put('a spec set');
      await store.specs.setVersionKey(version.id, set);
      const both = await store.specs.allForVersion(version.id);
      expect(both.map((spec) => [spec.kind, spec.setSha])).toEqual([
        ['asyncapi', set],
        ['openapi', set],
      ]);
      expect((await store.specs.findVersionSpec(version.id, first))?.id).toBe(messages.id);
      const loose = await store.specs.insert(service.id, null, first, 'openapi');
      expect(await store.specs.insert(service.id, null, first, 'openapi')).toEqual(loose);
      expect(loose.version).toBeNull();
      expect((await store.specs.latest(service.id))?.id).toBe(loose.id);
      expect((await store.specs.list(service.id, {})).items.map((spec) => spec.id)).toEqual([
        loose.id,
        messages.id,
        versioned.id,
      ]);
      expect(await store.specs.exists(service.id)).toBe(true);
    });

    it('holds one contract per consumer version and provider, and finds them by either side', async () => {
      const consumer = await store.services.ensure('contract_consumer');
      const provider = await store.services.ensure('contract_provider');
      const version = await store.versions.ensure(consumer.id, 'c1', 'main');
      expect(await store.documents.putNew('pact one')).toMatchObject({ isNew: true });
      expect(await store.documents.putNew('pact one')).toMatchObject({ isNew: false });
      const sha = await store.documents.put('pact one');
      const { inserted, ...contract } = await store.contracts.insert(version.id, provider.id, sha);
      expect(inserted).toBe(true);
      expect(contract).toMatchObject({
        consumer: 'contract_consumer',
        consumerVersion: 'c1',
        provider: 'contract_provider',
      });
      // The row the insert answers is the row stored, as `find` reads it.
      expect(contract).toEqual(await store.contracts.find(version.id, provider.id));
      const other = await store.documents.put('pact two');
      expect(await store.contracts.insert(version.id, provider.id, other)).toEqual({
        ...contract,
        inserted: false,
      });
      await store.contracts.replaceContent(contract.id, other);
      expect((await store.contracts.find(version.id, provider.id))?.contentSha).toBe(other);
      expect(await store.contracts.forConsumerVersion(version.id)).toHaveLength(1);
      expect((await store.contracts.list({ providerId: provider.id }, {})).items).toHaveLength(1);
      expect((await store.contracts.list({ consumerId: provider.id }, {})).items).toHaveLength(0);
      expect(await store.contracts.namesProvider(provider.id)).toBe(true);
      expect(await store.contracts.namesProvider(consumer.id)).toBe(false);
    });

    it('keeps each integration pointing at its newest contract', async () => {
      const consumer = await store.services.ensure('newest_consumer');
      const provider = await store.services.ensure('newest_provider');
      const newestOf = async () =>
        (await store.integrations.latest()).filter((row) => row.consumer === 'newest_consumer');
      const v1 = await store.versions.ensure(consumer.id, 'v1', 'main');
      const v2 = await store.versions.ensure(consumer.id, 'v2', 'main');
      const [first, second] = [
        await store.documents.put('newest one'),
        await store.documents.put('newest two'),
      ];
      await store.contracts.insert(v2.id, provider.id, second);
      await store.contracts.insert(v1.id, provider.id, first);
      // v1's contract was inserted last, so it is the newest publication.
      expect((await newestOf()).map((row) => [row.provider, row.contractSha])).toEqual([
        ['newest_provider', first],
      ]);
      await store.contracts.insert(v2.id, provider.id, first);
      expect(await newestOf()).toHaveLength(1);
    });

    it('keeps the first comparison of a content pair', async () => {
      const contract = await store.documents.put('pact for comparison');
      const spec = await store.documents.put('spec for comparison');
      const summary = { compatible: true, errorCount: 0, warningCount: 0, errors: [] };
      const first = await store.comparisons.insert({
        contractSha: contract,
        specSha: spec,
        status: 'compatible',
        summary,
        findings: [],
      });
      // The stored row comes back from the insert itself, as `find` reads it; the loser of a race gets nothing.
      expect(first).toEqual(await store.comparisons.find(contract, spec));
      const second = await store.comparisons.insert({
        contractSha: contract,
        specSha: spec,
        status: 'failed',
        summary: {},
        findings: [],
        error: 'x',
      });
      expect(second).toBeUndefined();
      expect(await store.comparisons.find(contract, spec)).toMatchObject({
        status: 'compatible',
        summary,
        findings: [],
        error: null,
      });
      expect(await store.comparisons.find(spec, contract)).toBeUndefined();
      // Many pairs at once: only the stored ones come back, keyed `contractSha:specSha`.
      const found = await store.comparisons.findMany([
        { contractSha: contract, specSha: spec },
        { contractSha: spec, specSha: contract },
      ]);
      expect([...found.keys()]).toEqual([`${contract}:${spec}`]);
      expect(found.get(`${contract}:${spec}`)?.status).toBe('compatible');
      expect((await store.comparisons.findMany([])).size).toBe(0);
    });

    it('answers the latest spec and Pact verification of a provider version', async () => {
      const provider = await store.services.ensure('verified_provider');
      const version = await store.versions.ensure(provider.id, 'p1');
      const spec = await store.documents.put('verified spec');
      const pact = await store.documents.put('verified pact');
      expect(await store.verifications.latestSpecVerification(version.id)).toBeUndefined();
      await store.verifications.record({
        providerVersionId: version.id,
        kind: 'spec',
        specSha: spec,
        success: true,
        results: [{ ok: 1 }],
      });
      await store.verifications.record({
        providerVersionId: version.id,
        kind: 'pact',
        contractSha: pact,
        success: false,
      });
      expect(await store.verifications.latestSpecVerification(version.id)).toMatchObject({
        success: true,
        specSha: spec,
        results: [{ ok: 1 }],
      });
      await store.verifications.record({
        providerVersionId: version.id,
        kind: 'spec',
        specSha: spec,
        success: false,
      });
      expect((await store.verifications.latestSpecVerification(version.id))?.success).toBe(false);
      expect(await store.verifications.latestPactVerification(version.id, pact)).toMatchObject({
        success: false,
        kind: 'pact',
      });
      expect(await store.verifications.latestPactVerification(version.id, spec)).toBeUndefined();
      expect(await store.verifications.forVersion(version.id)).toHaveLength(3);
      // The batch forms answer the same, for every version asked about that has one.
      const unverified = await store.versions.ensure(provider.id, 'p2');
      const specs = await store.verifications.latestSpecVerifications([version.id, unverified.id]);
      expect([...specs.keys()]).toEqual([version.id]);
      expect(specs.get(version.id)?.success).toBe(false);
      const pacts = await store.verifications.latestPactVerifications(
        [version.id, unverified.id],
        [pact, spec],
      );
      expect([...pacts.keys()]).toEqual([`${version.id}:${pact}`]);
      expect((await store.verifications.latestSpecVerifications([])).size).toBe(0);
      expect((await store.verifications.latestPactVerifications([version.id], [])).size).toBe(0);
    });

    it('creates environments once by name and lists them in name order', async () => {
      const created = await store.environments.create({ name: 'env_b', displayName: 'B', production: true });
      expect(created).toMatchObject({ name: 'env_b', displayName: 'B', production: true });
      expect(
        await store.environments.create({ name: 'env_b', displayName: 'again', production: false }),
      ).toBeUndefined();
      await store.environments.create({ name: 'env_a', displayName: 'A', production: false });
      const names = (await store.environments.list({})).items.map((environment) => environment.name);
      expect(names.indexOf('env_a')).toBeLessThan(names.indexOf('env_b'));
    });

    it('replaces deployments per application instance, accumulates releases, and ends them', async () => {
      const service = await store.services.ensure('deployed_service');
      const environment = (await store.environments.create({
        name: 'deploy_env',
        displayName: 'D',
        production: false,
      }))!;
      const [v1, v2, v3] = await Promise.all(
        ['d1', 'd2', 'd3'].map((n) => store.versions.ensure(service.id, n)),
      );
      const at = (version: { id: number }) => ({
        serviceId: service.id,
        versionId: version.id,
        environmentId: environment.id,
      });
      await store.transaction((tx) => tx.deployedVersions.deploy(at(v1!), ''));
      await store.transaction((tx) => tx.deployedVersions.deploy(at(v2!), ''));
      await store.transaction((tx) => tx.deployedVersions.deploy(at(v3!), 'canary'));
      const current = await store.deployedVersions.current({
        environmentId: environment.id,
        serviceId: service.id,
      });
      expect(current.map((row) => [row.version, row.applicationInstance])).toEqual([
        ['d2', ''],
        ['d3', 'canary'],
      ]);
      const released = await store.deployedVersions.release(at(v1!));
      expect(await store.deployedVersions.release(at(v1!))).toEqual(released);
      expect(await store.deployedVersions.end(v1!.id, environment.id, 'release')).toBe(1);
      expect(await store.deployedVersions.end(v1!.id, environment.id, 'release')).toBe(0);
      const history = await store.deployedVersions.list(environment.id, { limit: 10 });
      expect(history.items.map((row) => [row.version, row.kind, row.endedAt === null])).toEqual([
        ['d1', 'release', false],
        ['d3', 'deployment', true],
        ['d2', 'deployment', true],
        ['d1', 'deployment', false],
      ]);
    });

    it('finds the counterparts a new contract or spec must be compared with', async () => {
      const provider = await store.services.ensure('matter_provider');
      const consumer = await store.services.ensure('matter_consumer');
      const environment = (await store.environments.create({
        name: 'matter_env',
        displayName: 'M',
        production: true,
      }))!;
      const [oldSpec, newSpec, oldPact, mainPact, featurePact] = await Promise.all(
        ['spec old', 'spec new', 'pact old', 'pact main', 'pact feature'].map((text) =>
          store.documents.put(`matter ${text}`),
        ),
      );
      const p1 = await store.versions.ensure(provider.id, 'p1');
      await store.specs.insert(provider.id, p1.id, oldSpec!, 'openapi');
      await store.verifications.record({
        providerVersionId: p1.id,
        kind: 'spec',
        specSha: oldSpec!,
        success: true,
      });
      await store.transaction((tx) =>
        tx.deployedVersions.deploy(
          { serviceId: provider.id, versionId: p1.id, environmentId: environment.id },
          '',
        ),
      );
      await store.specs.insert(provider.id, null, newSpec!, 'openapi');
      expect(await store.comparisons.specShasThatMatter(provider.id)).toEqual([newSpec, oldSpec].sort());

      const c1 = await store.versions.ensure(consumer.id, 'c1', 'main');
      const c2 = await store.versions.ensure(consumer.id, 'c2', 'main');
      const c3 = await store.versions.ensure(consumer.id, 'c3', 'feature');
      await store.contracts.insert(c1.id, provider.id, oldPact!);
      await store.contracts.insert(c2.id, provider.id, mainPact!);
      await store.contracts.insert(c3.id, provider.id, featurePact!);
      expect(await store.comparisons.contractShasThatMatter(provider.id)).toEqual(
        [featurePact, mainPact].sort(),
      );
      await store.transaction((tx) =>
        tx.deployedVersions.deploy(
          { serviceId: consumer.id, versionId: c1.id, environmentId: environment.id },
          '',
        ),
      );
      expect(await store.comparisons.contractShasThatMatter(provider.id)).toEqual(
        [featurePact, mainPact, oldPact].sort(),
      );
    });

    it('lists events newest first, filtered by service and type', async () => {
      const service = await store.services.ensure('eventful');
      await store.events.append('spec.published', service.id, { n: 1 });
      await store.events.append('contract.published', service.id, { n: 2 });
      await store.events.append('spec.published', null, { n: 3 });
      // A comparison is filed under its provider, and listed for the consumer it names too.
      const provider = await store.services.ensure('eventful_provider');
      await store.events.append('comparison.failed', provider.id, { consumer: 'eventful', n: 4 });
      await store.events.append('deployment.recorded', provider.id, { consumer: 'eventful', n: 5 });
      const mine = await store.events.list({ service: { id: service.id, name: 'eventful' } }, {});
      expect(mine.items.map((event) => [event.type, event.service, event.payload])).toEqual([
        ['comparison.failed', 'eventful_provider', { consumer: 'eventful', n: 4 }],
        ['contract.published', 'eventful', { n: 2 }],
        ['spec.published', 'eventful', { n: 1 }],
      ]);
      const specs = await store.events.list({ type: 'spec.published' }, { limit: 1 });
      expect(specs.items[0]?.payload).toEqual({ n: 3 });
      expect(specs.nextCursor).not.toBeNull();
    });

    it('derives integrations and the matrix from contracts, verifications and comparisons', async () => {
      const provider = await store.services.ensure('grid_provider');
      const consumer = await store.services.ensure('grid_consumer');
      const [spec, pact] = await Promise.all(
        ['grid spec', 'grid pact'].map((text) => store.documents.put(text)),
      );
      const p1 = await store.versions.ensure(provider.id, 'p1', 'main');
      await store.specs.insert(provider.id, p1.id, spec!, 'openapi');
      await store.verifications.record({
        providerVersionId: p1.id,
        kind: 'spec',
        specSha: spec!,
        success: true,
      });
      const c1 = await store.versions.ensure(consumer.id, 'c1', 'main');
      await store.contracts.insert(c1.id, provider.id, pact!);
      const summary = { compatible: false, errorCount: 1, warningCount: 0, errors: [] };
      await store.comparisons.insert({
        contractSha: pact!,
        specSha: spec!,
        status: 'incompatible',
        summary,
        findings: [],
      });
      const integration = (await store.integrations.latest()).find((row) => row.consumer === 'grid_consumer');
      expect(integration).toEqual({
        consumer: 'grid_consumer',
        provider: 'grid_provider',
        contractSha: pact,
        specSha: spec,
        status: 'incompatible',
        pactSuccess: null,
      });
      const rows = await store.matrix.list({ consumer: 'grid_consumer' }, {});
      expect(rows.items).toEqual([
        expect.objectContaining({
          consumerVersion: 'c1',
          providerVersion: 'p1',
          specSha: spec,
          status: 'incompatible',
        }),
      ]);
      await store.verifications.record({
        providerVersionId: p1.id,
        kind: 'pact',
        contractSha: pact!,
        success: true,
      });
      expect(
        (await store.matrix.list({ consumer: 'grid_consumer', status: 'compatible' }, { limit: 1 })).items,
      ).toHaveLength(1);
    });

    it('finds live API tokens by hash only, and revokes them once', async () => {
      const token = await store.apiTokens.create('ci', 'write', 'hash-of-ci-token');
      expect(await store.apiTokens.findActive('hash-of-ci-token')).toEqual(token);
      expect(await store.apiTokens.findActive('some-other-hash')).toBeUndefined();
      expect(await store.apiTokens.revoke(token.id)).toBe(true);
      expect(await store.apiTokens.revoke(token.id)).toBe(false);
      expect(await store.apiTokens.findActive('hash-of-ci-token')).toBeUndefined();
      const tokens = (await store.apiTokens.list({})).items;
      expect(tokens.map((listed) => listed.name)).toEqual(['ci']);
      expect(tokens[0]?.revokedAt).toBeInstanceOf(Date);
    });

    it('keeps the request a webhook attempt sent (jsonb) beside its response, and null when there was none', async () => {
      const subscription = await store.webhooks.subscriptions.create(
        createSubscriptionInput.parse({ events: ['spec.published'], url: 'https://hooks.example/in' }),
      );
      const request = {
        method: 'POST',
        url: 'https://hooks.example/in',
        headers: { 'content-type': 'application/json', authorization: '[redacted]' },
        body: '{"é":"ünïcode"}',
        bodyBytes: Buffer.byteLength('{"é":"ünïcode"}'),
        bodyTruncated: false,
      };
      const attempt = {
        startedAt: new Date(),
        latencyMs: 3,
        responseStatus: 500,
        responseBody: 'no',
        error: 'x',
      };
      const first = await store.webhooks.outbox.claimPing(subscription.id, 60_000);
      await store.webhooks.outbox.recordAttempt(
        first,
        { ...attempt, succeeded: false, request },
        { state: 'failed' },
      );
      const second = await store.webhooks.outbox.claimPing(subscription.id, 60_000);
      await store.webhooks.outbox.recordAttempt(
        second,
        { ...attempt, succeeded: false, request: null },
        { state: 'failed' },
      );
      expect((await store.webhooks.log.find(subscription.id, first.id))?.log[0]?.request).toEqual(request);
      expect((await store.webhooks.log.find(subscription.id, second.id))?.log[0]?.request).toBeNull();
    });

    it('rolls a failed transaction back completely', async () => {
      const failing = store.transaction(async (tx) => {
        await tx.services.ensure('rolled_back');
        throw new Error('boom');
      });
      await expect(failing).rejects.toThrow('boom');
      expect(await store.services.find('rolled_back')).toBeUndefined();
    });
  });
}
