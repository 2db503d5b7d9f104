import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startPactWebhookHarness,
  type PactWebhookHarness,
} from '../webhooks/testing/pact-webhook-harness.js';

/**
 * Which webhooks the real `pact broker` CLI's publications fire, and the deployed-version expansion, as the
 * Pact Broker does them (npm @pact-foundation/pact-cli against a listening broker posting to a real receiver).
 */
describe('real pact webhooks against Signet (republishing, currently deployed provider versions)', () => {
  let harness: PactWebhookHarness;
  const ok = async (...args: string[]) => {
    const result = await harness.pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  const hook = (path: string, body: string, ...flags: string[]) =>
    ok(
      'broker',
      'create-webhook',
      `${harness.receiverUrl}/${path}`,
      '--request',
      'POST',
      '--data',
      body,
      ...flags,
    );
  /** The event names the receiver got at `path`, once `count` arrived. */
  const eventNames = async (path: string, count: number) =>
    (await harness.requestsTo(path, count)).map((request) => request.body['eventName']);

  beforeAll(async () => {
    harness = await startPactWebhookHarness();
  }, 120_000);
  afterAll(() => harness?.close());

  // Pact Broker (lib/pact_broker/pacts/service.rb, create_pact_revision): publishing a consumer version's pact
  // again broadcasts contract_published every time, contract_content_changed only when the sha differs (here it
  // cannot: changed content is a 409 without allow_dangerous_contract_modification); a first publication fires
  // contract_content_changed when the content is new (pact_is_new_or_newly_tagged_or_pact_has_changed…).
  it('fires contract_published on every publication and contract_content_changed only when content changed', async () => {
    await hook(
      'events',
      '{"eventName":"${pactbroker.eventName}","version":"${pactbroker.consumerVersionNumber}"}',
      '--consumer',
      'web',
      '--contract-published',
      '--contract-content-changed',
    );
    // Signet's own event: fired when something new is stored, so not by the republication below.
    const signet = await harness.broker.api({
      method: 'POST',
      url: '/webhooks',
      payload: { events: ['contract.published'], url: `${harness.receiverUrl}/signet`, consumer: 'web' },
    });
    expect(signet.statusCode, signet.body).toBe(201);
    const published = await harness.publish('web', 'inventory', 'one', 'w1', '--branch', 'main');
    expect(published.code, published.stderr).toBe(0);
    expect((await eventNames('/events', 2)).sort()).toEqual([
      'contract_content_changed',
      'contract_published',
    ]);
    const again = await harness.publish('web', 'inventory', 'one', 'w1', '--branch', 'main');
    expect(again.code, again.stderr).toBe(0);
    // A new version whose pact has the same content as w1's: published, content unchanged.
    const same = await harness.publish('web', 'inventory', 'one', 'w2', '--branch', 'main');
    expect(same.code, same.stderr).toBe(0);
    const later = (await harness.requestsTo('/events', 4)).slice(2).map((request) => request.body);
    expect(later.map((body) => `${body['version']} ${body['eventName']}`).sort()).toEqual([
      'w1 contract_published',
      'w2 contract_published',
    ]);
    // Signet's contract.published: w1's first publication and w2's, not w1's republication.
    const signetDeliveries = await harness.broker.api({
      method: 'GET',
      url: `/webhooks/${signet.json<{ id: number }>().id}/deliveries`,
    });
    expect(signetDeliveries.json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  // Pact Broker (lib/pact_broker/webhooks/trigger_service.rb, expand_events_for_currently_deployed_environments;
  // CHANGELOG "support ${pactbroker.currentlyDeployedProviderVersionNumber} in webhook templates"): a webhook
  // whose request uses the variable is triggered once per provider version currently deployed, that number
  // filled in; releases do not count.
  it('sends a webhook using currentlyDeployedProviderVersionNumber once per deployed provider version', async () => {
    for (const environment of ['staging', 'live'])
      await ok('broker', 'create-environment', '--name', environment);
    for (const [version, environment] of [
      ['p1', 'staging'],
      ['p2', 'live'],
    ] as const) {
      await ok('broker', 'create-or-update-version', '--pacticipant', 'stock', '--version', version);
      await ok(
        'broker',
        'record-deployment',
        '--pacticipant',
        'stock',
        '--version',
        version,
        '--environment',
        environment,
      );
    }
    await ok('broker', 'create-or-update-version', '--pacticipant', 'stock', '--version', 'p3');
    await ok(
      'broker',
      'record-release',
      '--pacticipant',
      'stock',
      '--version',
      'p3',
      '--environment',
      'live',
    );
    await hook(
      'deployed',
      '{"deployed":"${pactbroker.currentlyDeployedProviderVersionNumber}","event":"${pactbroker.eventName}"}',
      '--provider',
      'stock',
      '--contract-published',
    );
    await hook(
      'plain',
      '{"deployed":"${pactbroker.providerVersionNumber}"}',
      '--provider',
      'stock',
      '--contract-published',
    );
    const published = await harness.publish('web', 'stock', 'two', 'w3', '--branch', 'main');
    expect(published.code, published.stderr).toBe(0);
    const deployed = await harness.requestsTo('/deployed', 2);
    expect(deployed.map((request) => request.body['deployed']).sort()).toEqual(['p1', 'p2']);
    expect(deployed.map((request) => request.body['event'])).toEqual([
      'contract_published',
      'contract_published',
    ]);
    // A webhook that does not use the variable is sent once.
    expect(await harness.requestsTo('/plain', 1)).toHaveLength(1);
    const hooks = await harness.broker.api({ method: 'GET', url: '/webhooks' });
    const plain = hooks
      .json<{ items: Array<{ id: number; url: string }> }>()
      .items.find((item) => item.url.endsWith('/plain'));
    const deliveries = await harness.broker.api({ method: 'GET', url: `/webhooks/${plain?.id}/deliveries` });
    expect(deliveries.json<{ items: unknown[] }>().items).toHaveLength(1);
  });
});
