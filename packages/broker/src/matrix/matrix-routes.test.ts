import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOf } from '../testing/bodies.js';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

interface Row {
  consumer: { name: string; version: string; branch: string | null };
  provider: { name: string; version: string | null; branch: string | null };
  status: string;
}

describe('/api/v1/matrix', () => {
  let broker: TestBroker;
  const matrix = async (query = '') =>
    pageOf<Row>(await broker.api({ method: 'GET', url: `/matrix${query}` })).items.map(
      (row) =>
        `${row.consumer.name}@${row.consumer.version} → ${row.provider.name}@${row.provider.version} ${row.status}`,
    );

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .environment('production')
      .spec('inventory', [['get', '/items/{id}']], { version: 'i1', branch: 'main' })
      .verified('inventory', 'i1')
      .deployed('inventory', 'i1', 'production')
      .spec(
        'inventory',
        [
          ['get', '/items/{id}'],
          ['get', '/gadgets/{id}'],
        ],
        { version: 'i2', branch: 'main' },
      )
      .verified('inventory', 'i2')
      .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']], { branch: 'main' })
      .deployed('cart', 'c1', 'production')
      .contract('cart', 'c2', 'inventory', [['get', '/gadgets/{id}']], { branch: 'feature' })
      .contract('cart', 'c2', 'payments', [['post', '/payments']], { branch: 'feature' })
      .build();
  });
  afterAll(() => broker.close());

  it('shows every contract against every provider version with evidence, newest first', async () => {
    expect(await matrix()).toEqual([
      'cart@c2 → payments@null unknown',
      'cart@c2 → inventory@i2 compatible',
      'cart@c2 → inventory@i1 incompatible',
      'cart@c1 → inventory@i2 compatible',
      'cart@c1 → inventory@i1 compatible',
    ]);
  });

  it('filters by version, branch, status and environment', async () => {
    expect(await matrix('?consumerVersion=c1&providerVersion=i1')).toEqual([
      'cart@c1 → inventory@i1 compatible',
    ]);
    expect(await matrix('?consumerBranch=feature&provider=inventory')).toHaveLength(2);
    expect(await matrix('?status=incompatible')).toEqual(['cart@c2 → inventory@i1 incompatible']);
    expect(await matrix('?environment=production')).toEqual(['cart@c1 → inventory@i1 compatible']);
  });

  it('pages with a cursor and refuses bad filters', async () => {
    const first = pageOf<Row>(await broker.api({ method: 'GET', url: '/matrix?limit=3' }));
    const rest = pageOf<Row>(
      await broker.api({ method: 'GET', url: `/matrix?limit=3&cursor=${first.nextCursor}` }),
    );
    expect(first.items).toHaveLength(3);
    expect(rest.items).toHaveLength(2);
    expect(rest.nextCursor).toBeNull();
    // One consumer's rows page the same way (they are read through their own index: see matrix-store.ts).
    const cart = pageOf<Row>(await broker.api({ method: 'GET', url: '/matrix?consumer=cart&limit=2' }));
    const cartRest = pageOf<Row>(
      await broker.api({ method: 'GET', url: `/matrix?consumer=cart&limit=3&cursor=${cart.nextCursor}` }),
    );
    expect([...cart.items, ...cartRest.items]).toEqual([...first.items, ...rest.items]);
    expect(await matrix('?consumer=inventory')).toEqual([]);
    expect(await matrix('?consumer=cart&provider=payments')).toEqual(['cart@c2 → payments@null unknown']);
    expect((await broker.api({ method: 'GET', url: '/matrix?status=green' })).statusCode).toBe(400);
    expect((await broker.api({ method: 'GET', url: '/matrix?cursor=Ig' })).statusCode).toBe(400);
  });
});
