import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec, pactContract, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { createClient, type SignetClient } from './client.js';
import { BrokerProblemError } from './errors.js';
import { allItems } from './page.js';

// Publishing and reading back through a real broker listening on a real port.
describe('createClient: services, versions, specs, contracts, comparisons', () => {
  let broker: TestBroker;
  let client: SignetClient;
  beforeAll(async () => {
    broker = await startTestBroker();
    client = createClient({ baseUrl: (await broker.app.listen({ port: 0, host: '127.0.0.1' })) + '/' });
  });
  afterAll(() => broker.close());

  const spec = openApiSpec('inventory', [['get', '/items/{id}']]);
  const contract = pactContract('cart', 'inventory', [
    ['get', '/items/{id}'],
    ['get', '/gadgets/{id}'],
  ]);

  it('publishes a spec (created, then unchanged) and reads the latest with its content', async () => {
    const first = await client.specs.publish('inventory', { content: spec, version: 'i1', branch: 'main' });
    expect(first).toMatchObject({ outcome: 'created', spec: { service: 'inventory', version: 'i1' } });
    expect((await client.specs.publish('inventory', { content: spec, version: 'i1' })).outcome).toBe(
      'unchanged',
    );
    const latest = await client.specs.latest('inventory');
    expect(latest).toMatchObject({ id: first.spec.id, content: spec, contentSha: first.spec.contentSha });
    expect((await client.specs.list('inventory')).items.map((item) => item.version)).toEqual(['i1']);
  });

  it('publishes a contract, compared with the spec, and shows the comparison with findings', async () => {
    const published = await client.contracts.publish({
      content: contract,
      consumerVersion: 'c1',
      tags: ['dev'],
    });
    expect(published.contract).toMatchObject({
      consumer: 'cart',
      provider: 'inventory',
      consumerVersion: 'c1',
    });
    const [comparison] = published.comparisons;
    expect(comparison).toMatchObject({ status: 'incompatible', summary: { errorCount: 1 } });
    const full = await client.comparisons.get(comparison!.contractSha, comparison!.specSha);
    expect(full.findings.map((finding) => finding.code)).toEqual(['request.path-or-method.unknown']);
    const listed = await client.contracts.list({ consumer: 'cart', consumerVersion: 'c1' });
    expect((await client.contracts.get(listed.items[0]!.id)).content).toBe(contract);
  });

  it('reads services and versions, creates and tags versions, encoding names in paths', async () => {
    expect((await client.services.get('inventory')).mainBranch).toBe('main');
    expect(await client.versions.get('cart', 'c1')).toMatchObject({ number: 'c1', tags: ['dev'] });
    await client.versions.ensure('cart', 'v1.0+build.7', { branch: 'feat' });
    expect(await client.versions.addTag('cart', 'v1.0+build.7', 'prod')).toMatchObject({
      number: 'v1.0+build.7',
      branch: 'feat',
      tags: ['prod'],
    });
    expect((await client.versions.list('cart', { branch: 'feat' })).items.map((v) => v.number)).toEqual([
      'v1.0+build.7',
    ]);
  });

  it('pages with cursors: allItems walks every page', async () => {
    for (const name of ['alpha', 'beta', 'gamma']) await client.versions.ensure(name, '1');
    const first = await client.services.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const names: string[] = [];
    for await (const service of allItems((cursor) => client.services.list({ limit: 2, cursor }))) {
      names.push(service.name);
    }
    expect(names).toEqual(['alpha', 'beta', 'cart', 'gamma', 'inventory']);
  });

  it('rejects with the broker’s problem: status, code, title, detail, request id and extensions', async () => {
    const error = await client.contracts
      .publish({ content: '{"hello":"world"}', consumerVersion: 'c2' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BrokerProblemError);
    expect(error).toMatchObject({ status: 422, code: 'contract.not-pact', title: 'Invalid document' });
    const problem = error as BrokerProblemError;
    expect(problem.detail).toContain('Pact');
    expect(problem.requestId).toEqual(expect.any(String));
    const invalid = await client.specs
      .publish('inventory', { content: spec, branch: 'main' })
      .catch((e: unknown) => e);
    expect((invalid as BrokerProblemError).problem.issues).toEqual([
      expect.objectContaining({ path: 'body.version' }),
    ]);
  });
});
