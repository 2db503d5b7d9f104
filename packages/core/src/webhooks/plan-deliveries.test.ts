import { describe, expect, it } from 'vitest';
import { noPactTriggers, planDeliveries, triggersNeeded } from './plan-deliveries.js';
import { requiredVerifications, type VerificationCandidate } from './required-verifications.js';

const sub = (name: string, ...events: string[]) => ({ name, events });
const planned = (plans: ReturnType<typeof planDeliveries<{ name: string; events: string[] }>>) =>
  plans.map((plan) => [plan.subscription.name, plan.eventName, plan.context]);

describe('planDeliveries', () => {
  it('queues one delivery per event name a subscription lists, the Signet name as null', () => {
    const plans = planDeliveries(
      'verification.failed',
      [
        sub('both', 'provider_verification_published', 'provider_verification_failed'),
        sub('signet', 'verification.failed', 'verification.failed'),
        sub('other', 'provider_verification_succeeded'),
      ],
      noPactTriggers,
    );
    expect(planned(plans)).toEqual([
      ['both', 'provider_verification_published', {}],
      ['both', 'provider_verification_failed', {}],
      ['signet', null, {}],
    ]);
  });

  it('fires contract_content_changed on a first publication only when its content changed', () => {
    const subs = [sub('hook', 'contract_published', 'contract_content_changed')];
    const changed = planDeliveries('contract.published', subs, { ...noPactTriggers, contentChanged: true });
    expect(changed.map((plan) => plan.eventName)).toEqual(['contract_published', 'contract_content_changed']);
    const same = planDeliveries('contract.published', subs, noPactTriggers);
    expect(same.map((plan) => plan.eventName)).toEqual(['contract_published']);
    // A replaced pact (publish with overwrite) always changed content.
    const replaced = planDeliveries('contract.content_changed', subs, noPactTriggers);
    expect(replaced.map((plan) => plan.eventName)).toEqual([
      'contract_published',
      'contract_content_changed',
    ]);
  });

  it('fires only Pact contract_published (and requiring-verification) for the same content published again', () => {
    // Pact Broker's create_pact_revision: contract_published on every publication, contract_content_changed only
    // when the sha changed; Signet's own contract.published is for something newly stored.
    const subs = [
      sub('pact', 'contract_published', 'contract_content_changed'),
      sub('signet', 'contract.published'),
      sub('requiring', 'contract_requiring_verification_published'),
    ];
    const required = requiredVerifications([
      {
        providerVersion: 'p1',
        providerBranch: 'main',
        reason: { kind: 'main-branch-head', branch: 'main' },
        verified: false,
      },
    ]);
    const plans = planDeliveries('contract.published', subs, {
      contentChanged: true,
      requiredVerifications: required,
      republished: true,
    });
    expect(plans.map((plan) => [plan.subscription.name, plan.eventName])).toEqual([
      ['pact', 'contract_published'],
      ['requiring', 'contract_requiring_verification_published'],
    ]);
  });

  it('fires contract_requiring_verification_published once per required provider version, with its values', () => {
    const subs = [sub('requiring', 'contract_requiring_verification_published')];
    expect(planDeliveries('contract.published', subs, noPactTriggers)).toEqual([]);
    const plans = planDeliveries('contract.published', subs, {
      contentChanged: false,
      requiredVerifications: [
        {
          providerVersion: 'p2',
          providerBranch: 'main',
          descriptions: ['latest from main branch', 'deployed in test'],
        },
        { providerVersion: 'p1', providerBranch: '', descriptions: ['released in production'] },
      ],
    });
    expect(planned(plans)).toEqual([
      [
        'requiring',
        'contract_requiring_verification_published',
        {
          providerVersionNumber: 'p2',
          providerVersionBranch: 'main',
          providerVersionDescriptions: 'latest from main branch, deployed in test',
        },
      ],
      [
        'requiring',
        'contract_requiring_verification_published',
        {
          providerVersionNumber: 'p1',
          providerVersionBranch: '',
          providerVersionDescriptions: 'released in production',
        },
      ],
    ]);
  });

  it('asks for the lookups only the listed names depend on', () => {
    expect(triggersNeeded('contract.published', [sub('a', 'contract_published')])).toEqual({
      contentChanged: false,
      requiredVerifications: false,
    });
    expect(
      triggersNeeded('contract.published', [
        sub('a', 'contract_content_changed'),
        sub('b', 'contract_requiring_verification_published'),
      ]),
    ).toEqual({ contentChanged: true, requiredVerifications: true });
    expect(triggersNeeded('contract.content_changed', [sub('a', 'contract_content_changed')])).toEqual({
      contentChanged: false,
      requiredVerifications: false,
    });
  });
});

describe('requiredVerifications', () => {
  const candidate = (
    providerVersion: string,
    reason: VerificationCandidate['reason'],
    verified = false,
    providerBranch: string | null = null,
  ): VerificationCandidate => ({ providerVersion, providerBranch, reason, verified });

  it('lists each unverified provider version once, descriptions merged, the main branch for its head', () => {
    expect(
      requiredVerifications([
        candidate('p3', { kind: 'main-branch-head', branch: 'main' }, false, 'main'),
        candidate('p3', { kind: 'deployed', environment: 'test' }, false, 'main'),
        candidate('p3', { kind: 'deployed', environment: 'test' }, false, 'main'),
        candidate('p1', { kind: 'deployed', environment: 'production' }, true, 'main'),
        candidate('p0', { kind: 'released', environment: 'production' }, false, 'release/1'),
        candidate('p9', { kind: 'released', environment: 'mobile' }),
      ]),
    ).toEqual([
      {
        providerVersion: 'p3',
        providerBranch: 'main',
        descriptions: ['latest from main branch', 'deployed in test'],
      },
      { providerVersion: 'p0', providerBranch: 'release/1', descriptions: ['released in production'] },
      { providerVersion: 'p9', providerBranch: '', descriptions: ['released in mobile'] },
    ]);
  });

  it('requires nothing when every candidate verified the content', () => {
    expect(
      requiredVerifications([candidate('p1', { kind: 'main-branch-head', branch: 'main' }, true, 'main')]),
    ).toEqual([]);
  });
});
