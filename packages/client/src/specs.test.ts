import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { createClient, type SignetClient } from './client.js';

describe("createClient: a version's own spec", () => {
  let broker: TestBroker;
  let client: SignetClient;
  beforeAll(async () => {
    broker = await startTestBroker();
    client = createClient({ baseUrl: await broker.app.listen({ port: 0, host: '127.0.0.1' }) });
  });
  afterAll(() => broker.close());

  it('reads an older version’s spec with its text, filters the list by version, and names what is missing', async () => {
    const old = openApiSpec('inventory', [['get', '/items/{id}']]);
    const newer = openApiSpec('inventory', [
      ['get', '/items/{id}'],
      ['get', '/gadgets/{id}'],
    ]);
    await client.specs.publish('inventory', { content: old, version: 'i1' });
    await client.specs.publish('inventory', { content: newer, version: 'i2' });
    await client.versions.ensure('inventory', 'i3');

    expect(await client.specs.ofVersion('inventory', 'i1')).toMatchObject({ version: 'i1', content: old });
    expect((await client.specs.latest('inventory')).content).toBe(newer);
    expect((await client.specs.list('inventory', { version: 'i1' })).items.map((s) => s.version)).toEqual([
      'i1',
    ]);
    expect((await client.specs.list('inventory', { version: 'i3' })).items).toEqual([]);
    await expect(client.specs.ofVersion('inventory', 'i3')).rejects.toMatchObject({
      status: 404,
      code: 'spec.not-found',
    });
    await expect(client.specs.ofVersion('inventory', 'i9')).rejects.toMatchObject({
      code: 'version.not-found',
    });
  });
});
