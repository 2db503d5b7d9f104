import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { defaultLimits, type BrokerDeps } from '../deps.js';
import { createStore } from '../store/index.js';
import { openApiSpec, pactContract } from '../testing/documents.js';
import { openPGliteTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { testEngine } from '../testing/test-engine.js';
import { ensureComparison } from './ensure-comparison.js';

// A comparison stored by other rules (an older Signet) may have passed what these rules fail: it is not trusted.
describe('a comparison stored with other comparison rules', () => {
  let database: TestDatabase;
  let deps: BrokerDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let pair: { contractSha: string; specSha: string };
  const rulesOf = async (contractSha: string) =>
    (
      await sql<{ rules: string }>`select rules from comparisons where contract_sha = ${contractSha}`.execute(
        database.db,
      )
    ).rows.map((row) => row.rules);

  beforeAll(async () => {
    database = await openPGliteTestDatabase();
    deps = {
      store: createStore(database.db),
      engine: testEngine,
      limits: defaultLimits,
      auth: { mode: 'open' },
    };
    app = await buildApp(deps);
    const spec = openApiSpec('inventory', [['get', '/items/{id}']]);
    await app.inject({
      method: 'POST',
      url: '/api/v1/services/inventory/specs',
      payload: { content: spec, version: 'p1' },
    });
    const published = await app.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      payload: {
        content: pactContract('cart', 'inventory', [['get', '/orders/{id}']]),
        consumerVersion: 'c1',
      },
    });
    expect(published.statusCode).toBe(201);
    const rows = await sql<{ contractSha: string; specSha: string }>`
      select contract_sha as "contractSha", spec_sha as "specSha" from comparisons`.execute(database.db);
    expect(rows.rows).toHaveLength(1);
    pair = rows.rows[0]!;
    expect(await rulesOf(pair.contractSha)).toEqual([comparisonRules]);
    expect((await deps.store.comparisons.find(pair.contractSha, pair.specSha))?.status).toBe('incompatible');
    // As an older, more lenient broker might have left it: a yes under other rules.
    await sql`update comparisons set rules = 'older', status = 'compatible'`.execute(database.db);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('counts as not compared, and is computed again with these rules (no stale yes)', async () => {
    expect(await deps.store.comparisons.find(pair.contractSha, pair.specSha)).toBeUndefined();
    expect((await deps.store.comparisons.findMany([pair])).size).toBe(0);
    const recomputed = await ensureComparison(deps, pair.contractSha, pair.specSha, {
      providerId: (await deps.store.services.find('inventory'))!.id,
      cache: new Map(),
    });
    expect(recomputed.status).toBe('incompatible');
    expect(await rulesOf(pair.contractSha)).toEqual([comparisonRules]);
    expect(await deps.store.comparisons.count()).toBe(1);
    expect(await deps.store.comparisons.find(pair.contractSha, pair.specSha)).toMatchObject({
      status: 'incompatible',
    });
  });
});
