import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec } from '../testing/documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

interface Operation {
  method: string;
  path: string;
}

describe("a version's own spec: /services/{name}/versions/{version}/spec and /specs?version=", () => {
  let broker: TestBroker;
  const v1 = openApiSpec('pets', [['get', '/pets/{id}']]);
  const v2 = openApiSpec('pets', [
    ['get', '/pets/{id}'],
    ['get', '/pets'],
  ]);
  const get = (url: string) => broker.api({ method: 'GET', url });

  beforeAll(async () => {
    broker = await startTestBroker();
    for (const [version, content] of [
      ['p1', v1],
      ['p2', v2],
    ] as const) {
      const published = await broker.api({
        method: 'POST',
        url: '/services/pets/specs',
        payload: { content, version },
      });
      expect(published.statusCode).toBe(201);
    }
    // A version that exists but published no spec.
    await broker.api({ method: 'PUT', url: '/services/pets/versions/p3', payload: {} });
  });
  afterAll(() => broker.close());

  it("serves an older version's spec with its content, not the latest", async () => {
    const response = await get('/services/pets/versions/p1/spec');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ service: 'pets', version: 'p1', content: v1 });
    expect((await get('/services/pets/versions/p2/spec')).json().content).toBe(v2);
    expect((await get('/services/pets/specs/latest')).json().version).toBe('p2');
  });

  it('answers 404 with a code saying what is missing: the spec, the version or the service', async () => {
    const codes = [];
    for (const url of [
      '/services/pets/versions/p3/spec',
      '/services/pets/versions/p9/spec',
      '/services/ghost/versions/p1/spec',
    ]) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      codes.push(response.json().code);
    }
    expect(codes).toEqual(['spec.not-found', 'version.not-found', 'service.not-found']);
    expect((await get('/services/pets/versions/p3/spec')).json().detail).toBe(
      'pets@p3 has not published a spec',
    );
  });

  it('filters the spec list to one version: its spec, or an empty page', async () => {
    const p1 = (await get('/services/pets/specs?version=p1')).json();
    expect(p1).toEqual({ items: [expect.objectContaining({ version: 'p1' })], nextCursor: null });
    const all = (await get('/services/pets/specs')).json();
    expect(p1.items[0].contentSha).toBe(all.items[1].contentSha);
    for (const version of ['p3', 'p9'])
      expect((await get(`/services/pets/specs?version=${version}`)).json()).toEqual({
        items: [],
        nextCursor: null,
      });
    expect((await get('/services/ghost/specs?version=p1')).statusCode).toBe(404);
  });

  it("lists an older version's own operations, not the latest spec's", async () => {
    const p1 = await get('/services/pets/versions/p1/spec/operations');
    expect(p1.statusCode).toBe(200);
    const body = p1.json<{ service: string; version: string; contentSha: string; operations: Operation[] }>();
    expect(body).toMatchObject({ service: 'pets', version: 'p1' });
    expect(body.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /pets/{id}']);
    expect(body.contentSha).toBe((await get('/services/pets/versions/p1/spec')).json().contentSha);
    const p2 = (await get('/services/pets/versions/p2/spec/operations')).json<{ operations: Operation[] }>();
    expect(p2.operations).toHaveLength(2);
    const codes = [];
    for (const url of ['p3', 'p9'].map((v) => `/services/pets/versions/${v}/spec/operations`))
      codes.push((await get(url)).json().code);
    expect(codes).toEqual(['spec.not-found', 'version.not-found']);
  });
});
