import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { openApiSpec } from '../testing/documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

describe('/api/v1/services/{name}/specs', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({ limits: { maxDocumentBytes: 4096 } });
  });
  afterAll(() => broker.close());

  const publish = (provider: string, payload: object) =>
    broker.api({ method: 'POST', url: `/services/${provider}/specs`, payload });

  it('publishes once (201), then repeats idempotently (200), storing the text once', async () => {
    const content = openApiSpec('pets', [['get', '/pets/{id}']]);
    const first = await publish('pets', { content, version: 'p1', branch: 'main' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      outcome: 'created',
      spec: { service: 'pets', version: 'p1' },
      comparisons: [],
    });
    const again = await publish('pets', { content, version: 'p1', branch: 'main' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ outcome: 'unchanged', spec: { id: first.json().spec.id } });
    expect((await broker.api({ method: 'GET', url: '/services/pets' })).json()).toMatchObject({
      mainBranch: 'main',
    });
  });

  it('refuses a different spec for the same version with 409 unless overwrite', async () => {
    const changed = openApiSpec('pets', [
      ['get', '/pets/{id}'],
      ['get', '/pets'],
    ]);
    const conflict = await publish('pets', { content: changed, version: 'p1' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ code: 'spec.content-changed', status: 409 });
    const replaced = await publish('pets', { content: changed, version: 'p1', overwrite: true });
    expect(replaced.json()).toMatchObject({ outcome: 'replaced' });
    const latest = (await broker.api({ method: 'GET', url: '/services/pets/specs/latest' })).json();
    expect(latest.content).toBe(changed);
  });

  it('accepts a spec without a version, and a spec sent as an object', async () => {
    const response = await publish('pets', { content: JSON.parse(openApiSpec('pets', [['get', '/cats']])) });
    expect(response.statusCode).toBe(201);
    expect(response.json().spec.version).toBeNull();
  });

  it('lists specs newest first with a cursor', async () => {
    const page = (await broker.api({ method: 'GET', url: '/services/pets/specs?limit=1' })).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0].version).toBeNull();
    const next = (
      await broker.api({ method: 'GET', url: `/services/pets/specs?limit=1&cursor=${page.nextCursor}` })
    ).json();
    expect(next).toEqual({ items: [expect.objectContaining({ version: 'p1' })], nextCursor: null });
  });

  it("answers 422 with the loader's message for an invalid spec", async () => {
    const response = await publish('pets', { content: '{"openapi": "3.0.3", "paths": 7}' });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.code).toMatch(/^spec\./);
    expect(body.detail.length).toBeGreaterThan(0);
    expect(body).toHaveProperty('location');
  });

  it('answers 413 for a spec above the document limit', async () => {
    const huge = openApiSpec(
      'pets',
      Array.from({ length: 80 }, (_, i) => ['get', `/pets/path${i}`] as ['get', string]),
    );
    const response = await publish('pets', { content: huge });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'spec.too-large' });
  });

  it('refuses a branch without a version, and bad names', async () => {
    const content = openApiSpec('pets', [['get', '/x']]);
    expect((await publish('pets', { content, branch: 'main' })).json()).toMatchObject({
      status: 400,
      issues: [{ path: 'body.version' }],
    });
    expect((await publish('pe ts', { content })).statusCode).toBe(400);
    expect((await publish('pets', {})).statusCode).toBe(400);
  });

  it('compares a new spec with the contracts of its consumers', async () => {
    await given(broker)
      .contract('owners', 'o1', 'pets', [['get', '/pets/{id}']])
      .build();
    const response = await publish('pets', {
      content: openApiSpec('pets', [['get', '/dogs']]),
      version: 'p2',
    });
    expect(response.json().comparisons).toEqual([expect.objectContaining({ status: 'incompatible' })]);
  });

  it('answers 404 for the latest spec of a service without one', async () => {
    await given(broker)
      .contract('lonely', 'l1', 'nobody', [['get', '/x']])
      .build();
    expect((await broker.api({ method: 'GET', url: '/services/nobody/specs/latest' })).json()).toMatchObject({
      code: 'spec.not-found',
    });
    expect((await broker.api({ method: 'GET', url: '/services/ghost/specs' })).statusCode).toBe(404);
  });
});
