import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { BrokerError } from '../errors/broker-error.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { revokeToken } from './revoke-token.js';

let broker: TestBroker;
beforeAll(async () => {
  broker = await startTestBroker();
});
afterAll(() => broker.close());

describe('revokeToken', () => {
  it('revokes a live token once; a second revocation and an unknown id are 404', async () => {
    const token = await broker.deps.store.apiTokens.create('ci', 'write', hashToken('s3cret-token'));
    await revokeToken(broker.deps.store, token.id);
    const live = await broker.deps.store.apiTokens.list({ limit: 100 });
    expect(live.items.find((item) => item.id === token.id)?.revokedAt ?? null).not.toBeNull();
    for (const id of [token.id, 999_999]) {
      const error = await revokeToken(broker.deps.store, id).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BrokerError);
      expect((error as BrokerError).code).toBe('token.not-found');
    }
  });
});
