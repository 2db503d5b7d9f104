import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pageOf } from '../testing/bodies.js';

describe('/api/v1/services/{name}/versions/{version}/verifications', () => {
  let broker: TestBroker;
  let specSha: string;
  let contractSha: string;
  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1' })
      .build();
    specSha = (await broker.api({ method: 'GET', url: '/services/inventory/specs/latest' })).json()
      .contentSha;
    const published = await broker.api({
      method: 'POST',
      url: '/contracts',
      payload: {
        content: '{"consumer":{"name":"cart"},"provider":{"name":"inventory"},"interactions":[]}',
        consumerVersion: 'c1',
      },
    });
    contractSha = published.json().contract.contentSha;
  });
  afterAll(() => broker.close());

  const post = (version: string, payload: object) =>
    broker.api({ method: 'POST', url: `/services/inventory/versions/${version}/verifications`, payload });

  it("records a spec verification against the version's own spec by default", async () => {
    const response = await post('i1', {
      success: true,
      results: [{ operation: 'GET /items/{id}', ok: true }],
      buildUrl: 'https://ci.example/1',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'spec',
      specSha,
      contractSha: null,
      success: true,
      buildUrl: 'https://ci.example/1',
    });
  });

  it('records a Pact verification of one contract content', async () => {
    const response = await post('i1', { success: false, contractSha });
    expect(response.json()).toMatchObject({ kind: 'pact', contractSha, specSha: null, success: false });
  });

  it('lists the version’s verifications oldest first', async () => {
    const list = pageOf<{ kind: string }>(
      await broker.api({ method: 'GET', url: '/services/inventory/versions/i1/verifications' }),
    );
    expect(list.items.map((item) => item.kind)).toEqual(['spec', 'pact']);
    expect(list.nextCursor).toBeNull();
  });

  it('summarises each version’s newest spec and Pact verification, paged as the version list', async () => {
    await broker.api({ method: 'PUT', url: '/services/inventory/versions/i2', payload: { branch: 'main' } });
    const summaries = pageOf<{
      version: { number: string };
      spec: { success: boolean; specSha: string | null } | null;
      pact: { success: boolean; contractSha: string | null } | null;
    }>(await broker.api({ method: 'GET', url: '/services/inventory/verification-summaries' }));
    const versions = pageOf<{ number: string }>(
      await broker.api({ method: 'GET', url: '/services/inventory/versions' }),
    );
    expect(summaries.items.map((item) => item.version.number)).toEqual(versions.items.map((v) => v.number));
    expect(summaries.items.map((item) => [item.version.number, item.spec, item.pact])).toEqual([
      ['i2', null, null],
      [
        'i1',
        expect.objectContaining({ success: true, specSha }),
        expect.objectContaining({ success: false, contractSha }),
      ],
    ]);
    expect(summaries.items[1]!.spec).not.toHaveProperty('results');
    const first = pageOf<{ version: { number: string } }>(
      await broker.api({ method: 'GET', url: '/services/inventory/verification-summaries?limit=1' }),
    );
    expect(first.items.map((item) => item.version.number)).toEqual(['i2']);
    const rest = pageOf<{ version: { number: string } }>(
      await broker.api({
        method: 'GET',
        url: `/services/inventory/verification-summaries?limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`,
      }),
    );
    expect(rest.items.map((item) => item.version.number)).toEqual(['i1']);
    expect(
      (await broker.api({ method: 'GET', url: '/services/nobody/verification-summaries' })).statusCode,
    ).toBe(404);
  });

  it('records the verification.succeeded and verification.failed events', async () => {
    const events = pageOf<{ type: string }>(
      await broker.api({ method: 'GET', url: '/events?service=inventory' }),
    ).items;
    expect(events.map((event) => event.type).slice(0, 2)).toEqual([
      'verification.failed',
      'verification.succeeded',
    ]);
  });

  it('404s unknown versions and contents; 400s contradictory or malformed bodies', async () => {
    expect((await post('i9', { success: true })).json()).toMatchObject({ code: 'version.not-found' });
    expect((await post('i1', { success: true, specSha: 'a'.repeat(64) })).json()).toMatchObject({
      code: 'spec.not-found',
    });
    expect((await post('i1', { success: true, specSha, contractSha })).statusCode).toBe(400);
    expect((await post('i1', { success: 'yes' })).statusCode).toBe(400);
    expect((await post('i1', { success: true, specSha: 'short' })).json()).toMatchObject({
      issues: [{ path: 'body.specSha' }],
    });
  });

  it('404s a spec verification when the provider has no spec at all', async () => {
    await broker.api({ method: 'PUT', url: '/services/cart/versions/c1', payload: {} });
    const response = await broker.api({
      method: 'POST',
      url: '/services/cart/versions/c1/verifications',
      payload: { success: true },
    });
    expect(response.json()).toMatchObject({ status: 404, code: 'spec.not-found' });
  });
});
