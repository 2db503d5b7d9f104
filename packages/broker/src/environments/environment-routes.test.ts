import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { pageOf } from '../testing/bodies.js';

describe('/api/v1/environments', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  const create = (payload: object) => broker.api({ method: 'POST', url: '/environments', payload });

  it('creates an environment with display name and production flag', async () => {
    const response = await create({ name: 'production', displayName: 'Production', production: true });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      name: 'production',
      displayName: 'Production',
      production: true,
      createdAt: expect.any(String),
    });
    expect((await create({ name: 'staging' })).json()).toMatchObject({
      displayName: 'staging',
      production: false,
    });
  });

  it('answers 409 for a name already taken', async () => {
    const response = await create({ name: 'production' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'environment.exists' });
  });

  it('lists in name order with a cursor, and shows one', async () => {
    const first = pageOf<{ name: string }>(await broker.api({ method: 'GET', url: '/environments?limit=1' }));
    expect(first.items.map((environment) => environment.name)).toEqual(['production']);
    const rest = (
      await broker.api({ method: 'GET', url: `/environments?cursor=${first.nextCursor}` })
    ).json();
    expect(rest).toEqual({ items: [expect.objectContaining({ name: 'staging' })], nextCursor: null });
    expect((await broker.api({ method: 'GET', url: '/environments/staging' })).statusCode).toBe(200);
    expect((await broker.api({ method: 'GET', url: '/environments/mars' })).json()).toMatchObject({
      code: 'environment.not-found',
    });
  });

  it('refuses names with spaces and non-boolean flags', async () => {
    expect((await create({ name: 'pre prod' })).statusCode).toBe(400);
    expect((await create({ name: 'qa', production: 'yes' })).json()).toMatchObject({
      issues: [{ path: 'body.production' }],
    });
  });
});
