import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { createStore, type Store } from '../../store/index.js';
import { describeOnPostgres } from '../../testing/postgres-suite.js';
import {
  openPGliteTestDatabase,
  openPostgresTestDatabase,
  type TestDatabase,
} from '../../testing/test-database.js';
import { testEngine } from '../../testing/test-engine.js';
import {
  createPactWebhook,
  deletePactWebhook,
  findPactWebhook,
  listPactWebhooks,
  putPactWebhook,
} from './pact-webhook-service.js';

const body = (description: string, url = 'https://hooks.example/build') => ({
  description,
  events: [{ name: 'contract_content_changed' }],
  request: { method: 'POST', url },
});

const depsOver = (store: Store): BrokerDeps => ({
  store,
  engine: testEngine,
  limits: defaultLimits,
  auth: { mode: 'open' },
});

/** Two PUTs of one new uuid at once: one creates it, the other updates it, and one webhook is left. */
async function racePuts(deps: BrokerDeps, uuid: string) {
  const [first, second] = await Promise.all([
    putPactWebhook(deps, uuid, body('racer one')),
    putPactWebhook(deps, uuid, body('racer two')),
  ]);
  expect([first.created, second.created].sort()).toEqual([false, true]);
  const named = (await listPactWebhooks(deps.store)).filter((webhook) => webhook.uuid === uuid);
  expect(named).toHaveLength(1);
}

describe('Pact API webhook service', () => {
  let database: TestDatabase;
  let deps: BrokerDeps;
  beforeAll(async () => {
    database = await openPGliteTestDatabase();
    deps = depsOver(createStore(database.db));
  });
  afterAll(() => database?.close());

  it('creates a webhook scoped by the path’s names, which win over the body’s', async () => {
    const created = await createPactWebhook(
      deps,
      { ...body('scoped'), provider: { name: 'from-body' } },
      { provider: 'inventory', consumer: 'web' },
    );
    expect(created).toMatchObject({
      description: 'scoped',
      provider: 'inventory',
      consumer: 'web',
      events: ['contract_content_changed'],
    });
    await expect(createPactWebhook(deps, { events: [] })).rejects.toMatchObject({ status: 400 });
  });

  it('finds a webhook by uuid or by its numeric /api/v1 id, and 404s for neither', async () => {
    const created = await createPactWebhook(deps, body('findable'));
    expect((await findPactWebhook(deps.store, created.uuid)).id).toBe(created.id);
    expect((await findPactWebhook(deps.store, String(created.id))).uuid).toBe(created.uuid);
    await expect(findPactWebhook(deps.store, 'no-such-webhook-uuid')).rejects.toMatchObject({
      status: 404,
      code: 'webhook.not-found',
    });
  });

  it('PUT creates under a new valid uuid, then updates it; an invalid unknown uuid is a 404', async () => {
    const uuid = 'chosen-uuid-0123456789';
    const created = await putPactWebhook(deps, uuid, body('first'));
    expect(created).toMatchObject({ created: true, webhook: { uuid, description: 'first' } });
    const updated = await putPactWebhook(deps, uuid, body('second', 'https://hooks.example/other'));
    expect(updated).toMatchObject({
      created: false,
      webhook: { id: created.webhook.id, uuid, description: 'second', url: 'https://hooks.example/other' },
    });
    await expect(putPactWebhook(deps, 'short', body('x'))).rejects.toMatchObject({ status: 404 });
    await expect(putPactWebhook(deps, 'another-valid-uuid-42', { events: [] })).rejects.toMatchObject({
      status: 400,
    });
    expect(
      (await listPactWebhooks(deps.store)).some((webhook) => webhook.uuid === 'another-valid-uuid-42'),
    ).toBe(false);
  });

  it('PUT of one new uuid twice at once creates one webhook (lookup and insert in one transaction)', async () => {
    await racePuts(deps, 'raced-uuid-on-pglite-1');
  });

  it('deletes by uuid, then 404s', async () => {
    const created = await createPactWebhook(deps, body('doomed'));
    await deletePactWebhook(deps, created.uuid);
    await expect(findPactWebhook(deps.store, created.uuid)).rejects.toMatchObject({ status: 404 });
    await expect(deletePactWebhook(deps, created.uuid)).rejects.toMatchObject({ status: 404 });
  });

  it('lists every webhook past the first page, oldest first', async () => {
    for (let n = 0; n < 101; n += 1) await createPactWebhook(deps, body(`many ${n}`));
    const listed = await listPactWebhooks(deps.store);
    const many = listed.filter((webhook) => webhook.description?.startsWith('many '));
    expect(many).toHaveLength(101);
    expect(many.at(-1)?.description).toBe('many 100');
  });
});

// Separate connections race for real here: the uuid's lock makes the second PUT see the first's webhook.
describeOnPostgres('Pact API webhook service', (serverUrl) => {
  let database: TestDatabase;
  let deps: BrokerDeps;
  beforeAll(async () => {
    database = await openPostgresTestDatabase(serverUrl);
    deps = depsOver(createStore(database.db));
  });
  afterAll(() => database?.close());

  it('PUT of one new uuid from concurrent transactions creates one webhook', async () => {
    for (let n = 0; n < 5; n += 1) await racePuts(deps, `raced-uuid-on-postgres-${n}`);
  });
});
