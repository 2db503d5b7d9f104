import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrokerProcess, type BrokerProcess } from './testing/broker-process.js';
import { openApiSpec, pactContract, type Operation } from './testing/documents.js';
import { describeOnPostgres } from './testing/postgres-suite.js';
import { openPostgresTestDatabase, type TestDatabase } from './testing/test-database.js';

const items: Operation = ['get', '/items/{id}'];
const gadgets: Operation = ['get', '/gadgets/{id}'];

async function call(broker: BrokerProcess, method: string, path: string, body?: object) {
  const response = await fetch(`${broker.api}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.status, body: await response.json() };
}

/** POSTs through `broker`, failing with the response when it is refused. */
async function publish<T = unknown>(broker: BrokerProcess, path: string, body: object): Promise<T> {
  const response = await call(broker, 'POST', path, body);
  if (response.status >= 300)
    throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

interface Page<T> {
  items: T[];
}

// Two real `dist/main.js` processes, each with its own pool, on one database: what a scaled-out deployment runs.
describeOnPostgres('two broker processes sharing one database', (serverUrl) => {
  let database: TestDatabase;
  let writer: BrokerProcess;
  let reader: BrokerProcess;
  /** GETs the same path through both processes and asserts they answer the same; returns the reader's body. */
  const readBoth = async <T = unknown>(path: string): Promise<T> => {
    const [fromReader, fromWriter] = await Promise.all([
      call(reader, 'GET', path),
      call(writer, 'GET', path),
    ]);
    expect(fromReader.status, path).toBe(200);
    expect(fromReader).toEqual(fromWriter);
    return fromReader.body as T;
  };

  beforeAll(async () => {
    database = await openPostgresTestDatabase(serverUrl);
    const args = ['--database-url', database.url!];
    [writer, reader] = await Promise.all([startBrokerProcess(args), startBrokerProcess(args)]);
  });
  afterAll(async () => {
    // Stop both processes before dropping the database they hold connections to.
    expect(await Promise.all([writer?.stop(), reader?.stop()])).toEqual([0, 0]);
    await database?.close();
  });

  it('publishes through one process and reads the same data through the other', async () => {
    await publish(writer, '/environments', { name: 'production', production: true });
    await publish(writer, '/services/inventory/specs', {
      content: openApiSpec('inventory', [items]),
      version: 'i1',
    });
    await publish(writer, '/services/inventory/versions/i1/verifications', { success: true });
    await publish(writer, '/environments/production/deployments', { service: 'inventory', version: 'i1' });
    const good = await publish<{ contract: { contentSha: string } }>(writer, '/contracts', {
      content: pactContract('cart', 'inventory', [items]),
      consumerVersion: 'c1',
    });
    await publish(writer, '/contracts', {
      content: pactContract('cart', 'inventory', [gadgets]),
      consumerVersion: 'c2',
    });

    const services = await readBoth<Page<{ name: string }>>('/services');
    expect(services.items.map((service) => service.name).sort()).toEqual(['cart', 'inventory']);

    const contracts = await readBoth<Page<{ consumerVersion: string }>>('/contracts?consumer=cart');
    expect(contracts.items.map((contract) => contract.consumerVersion).sort()).toEqual(['c1', 'c2']);

    const spec = await readBoth<{ contentSha: string }>('/services/inventory/specs/latest');
    const comparison = await readBoth(`/comparisons/${good.contract.contentSha}/${spec.contentSha}`);
    expect(comparison).toMatchObject({ status: 'compatible' });

    expect(await readBoth('/deploy-guard?service=cart&version=c1&environment=production')).toMatchObject({
      verdict: 'safe',
    });
    const unsafe = await readBoth<{ verdict: string }>(
      '/deploy-guard?service=cart&version=c2&environment=production',
    );
    expect(unsafe.verdict).toBe('unsafe');

    const matrix =
      await readBoth<Page<{ consumer: { version: string }; provider: { version: string }; status: string }>>(
        '/matrix?consumer=cart',
      );
    expect(
      matrix.items.map((row) => `${row.consumer.version} → ${row.provider.version} ${row.status}`),
    ).toEqual(['c2 → i1 incompatible', 'c1 → i1 compatible']);
  });

  it('sees a publication through the other process at once, with no cache in between', async () => {
    await publish(reader, '/contracts', {
      content: pactContract('cart', 'inventory', [items]),
      consumerVersion: 'c3',
    });
    const contracts = (await call(writer, 'GET', '/contracts?consumer=cart&consumerVersion=c3'))
      .body as Page<unknown>;
    expect(contracts.items).toEqual([
      expect.objectContaining({ consumerVersion: 'c3', provider: 'inventory' }),
    ]);
  });
});
