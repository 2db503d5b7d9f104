import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxPageSize } from '../store/index.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

// The Pact API's lists have no cursor: they must be whole, not the first page of ours (they stopped at 100).
describe('Pact API lists past one page', () => {
  let broker: TestBroker;
  const count = maxPageSize + 5;
  beforeAll(async () => {
    broker = await startTestBroker();
    for (let i = 0; i < count; i++) {
      const put = await broker.api({ method: 'PUT', url: `/services/web/versions/v${i}`, payload: {} });
      expect(put.statusCode).toBe(200);
    }
    for (let i = 0; i < count; i++) {
      const created = await broker.api({
        method: 'POST',
        url: '/webhooks',
        payload: { url: `https://ci.example/hook/${i}`, events: ['contract.published'] },
      });
      expect(created.statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(() => broker?.close());

  it('lists every version of a pacticipant', async () => {
    const answer = await broker.app.inject({ method: 'GET', url: '/pacticipants/web/versions' });
    expect(answer.statusCode).toBe(200);
    const versions = answer.json<{ _embedded: { versions: { number: string }[] } }>()._embedded.versions;
    expect(new Set(versions.map((version) => version.number)).size).toBe(count);
  });

  it('lists every webhook', async () => {
    const answer = await broker.app.inject({ method: 'GET', url: '/webhooks' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json<{ _links: { 'pb:webhooks': unknown[] } }>()._links['pb:webhooks']).toHaveLength(count);
  });
});
