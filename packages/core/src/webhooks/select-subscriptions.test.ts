import { describe, expect, it } from 'vitest';
import { eventFacts } from './event-facts.js';
import { isKnownEventName, namesFiring } from './event-names.js';
import { subscriptionsFor, type SubscriptionFilter } from './select-subscriptions.js';

const sub = (name: string, filter: Partial<SubscriptionFilter>) => ({
  name,
  events: ['verification.succeeded'],
  enabled: true,
  ...filter,
});

describe('subscriptionsFor', () => {
  const facts = eventFacts('verification.succeeded', {
    provider: 'inventory',
    version: 'i2',
    branch: 'main',
  });

  it('fires enabled subscriptions that list the event, by Signet or Pact name', () => {
    const fired = subscriptionsFor('verification.succeeded', facts, [
      sub('signet', {}),
      sub('pact', { events: ['provider_verification_published'] }),
      sub('disabled', { enabled: false }),
      sub('other event', { events: ['verification.failed'] }),
    ]);
    expect(fired.map((s) => s.name)).toEqual(['signet', 'pact']);
  });

  it('applies the service filter to subject, consumer and provider, and the integration filter exactly', () => {
    const compared = eventFacts('comparison.failed', { consumer: 'cart', provider: 'inventory' });
    const subs = [
      sub('as provider', { events: ['comparison.failed'], service: 'inventory' }),
      sub('as consumer', { events: ['comparison.failed'], service: 'cart' }),
      sub('elsewhere', { events: ['comparison.failed'], service: 'payments' }),
      sub('integration', { events: ['comparison.failed'], consumer: 'cart', provider: 'inventory' }),
      sub('other consumer', { events: ['comparison.failed'], consumer: 'ads', provider: 'inventory' }),
    ];
    expect(subscriptionsFor('comparison.failed', compared, subs).map((s) => s.name)).toEqual([
      'as provider',
      'as consumer',
      'integration',
    ]);
  });

  it('knows Signet and Pact names, and which names fire for an event', () => {
    expect(isKnownEventName('deployment.recorded')).toBe(true);
    expect(isKnownEventName('provider_verification_failed')).toBe(true);
    expect(isKnownEventName('deployment.recordd')).toBe(false);
    expect(namesFiring('contract.content_changed')).toEqual([
      'contract.content_changed',
      'contract_published',
      'contract_content_changed',
      'contract_requiring_verification_published',
    ]);
  });
});

describe('eventFacts', () => {
  it('reads each event family’s payload into the same facts', () => {
    expect(
      eventFacts('spec.published', { provider: 'inv', version: '1', branch: 'main', specSha: 'a' }),
    ).toEqual({
      service: 'inv',
      version: '1',
      branch: 'main',
      provider: 'inv',
      providerVersion: '1',
      providerBranch: 'main',
      specSha: 'a',
    });
    expect(
      eventFacts('contract.published', {
        consumer: 'cart',
        consumerVersion: 'c1',
        branch: 'feat',
        provider: 'inv',
      }),
    ).toMatchObject({
      service: 'cart',
      version: 'c1',
      branch: 'feat',
      consumerBranch: 'feat',
      provider: 'inv',
    });
    expect(eventFacts('verification.failed', { provider: 'inv', version: '2' })).toMatchObject({
      status: 'failed',
      providerVersion: '2',
    });
    expect(
      eventFacts('deployment.recorded', { service: 'inv', version: '2', environment: 'production' }),
    ).toEqual({ service: 'inv', version: '2', environment: 'production' });
  });
});
