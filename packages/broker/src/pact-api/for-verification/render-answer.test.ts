import { describe, expect, it } from 'vitest';
import type { Hal } from '../hal/hal.js';
import { forVerificationPath, pactVersionPath } from '../hal/paths.js';
import { noticesFor } from './notices.js';
import type { VerifiablePact } from './pacts-for-verification.js';
import type { ProviderContext } from './pending.js';
import { renderAnswer } from './render-answer.js';
import { encodeMetadata } from './selection-metadata.js';
import { candidate } from './testing/fixtures.js';

const base = 'http://broker.test:9292';
const hal: Hal = {
  base,
  link: (path, extra = {}) => ({ href: `${base}${path}`, ...extra }),
  template: () => {
    throw new Error('not used');
  },
};

/** The answer as a HAL object, the way the route built it before it rendered text: the definition of the bytes. */
function asDocument(provider: string, pacts: VerifiablePact[], context: ProviderContext) {
  return {
    _embedded: {
      pacts: pacts.map((pact) => {
        const metadata = encodeMetadata({
          consumerVersions: pact.consumerVersions,
          pending: pact.pending ?? false,
          wip: pact.wip,
        });
        const { consumer, contentSha } = pact.candidate;
        const self = hal.link(pactVersionPath(provider, consumer, contentSha, metadata), {
          name: `Pact between ${consumer} (${pact.consumerVersions.join(', ')}) and ${provider}`,
        });
        return {
          shortDescription: pact.criteria.join('; '),
          verificationProperties: {
            ...(pact.pending === undefined ? {} : { pending: pact.pending }),
            ...(pact.wip ? { wip: true } : {}),
            notices: noticesFor({ url: self.href, provider, ...pact }, context),
          },
          _links: { self },
        };
      }),
    },
    _links: {
      self: hal.link(forVerificationPath(provider), { title: `Pacts to be verified by ${provider}` }),
    },
  };
}

const pact = (consumer: string, version: string, extra: Partial<VerifiablePact> = {}): VerifiablePact => ({
  candidate: candidate({ consumer, consumerVersion: version }),
  consumerVersions: [version],
  criteria: [`latest version of ${consumer} (${version})`],
  wip: false,
  ...extra,
});

const contexts: Array<[string, ProviderContext]> = [
  ['a branch', { providerVersionBranch: 'feat "x"', providerVersionTags: [], tagCreatedAt: new Map() }],
  ['tags', { providerVersionTags: ['prod', 'dev'], tagCreatedAt: new Map() }],
  ['neither', { providerVersionTags: [], tagCreatedAt: new Map() }],
];

describe('renderAnswer', () => {
  it.each(contexts)('is the JSON text of the HAL document (provider context: %s)', (_, context) => {
    const pacts = [
      pact('web', '1.0.0', { pending: true }),
      pact('web', '1.0.1', { pending: false, notPendingBecause: 'verified-here' }),
      pact('mobile', '2.0.0', { pending: false, notPendingBecause: 'verified-before' }),
      pact('mobile', '2.0.1', { pending: false, notPendingBecause: 'deployed-or-released' }),
      pact('batch', '3', { wip: true, pending: true, criteria: ['a', 'b'] }),
      pact('ünï "quoted"\n\\', '4/5 ?#', {
        consumerVersions: ['4/5 ?#', '4.1 \u2028'],
        criteria: ['line "one"', 'line\ttwo'],
        pending: true,
      }),
      pact('web', '1.0.2', { pending: true }),
    ];
    const text = renderAnswer(hal, 'api "p"', pacts, context);
    expect(text).toBe(JSON.stringify(asDocument('api "p"', pacts, context)));
    expect(JSON.parse(text)).toEqual(asDocument('api "p"', pacts, context));
  });

  it('without pending status has no pending field and the "why" notice only', () => {
    const pacts = [pact('web', '1'), pact('web', '2', { wip: true })];
    const context = contexts[2]![1];
    const text = renderAnswer(hal, 'api', pacts, context);
    expect(text).toBe(JSON.stringify(asDocument('api', pacts, context)));
    const parsed = JSON.parse(text) as { _embedded: { pacts: Array<{ verificationProperties: object }> } };
    expect(parsed._embedded.pacts[0]!.verificationProperties).not.toHaveProperty('pending');
  });

  it('answers an empty list when there is nothing to verify', () => {
    const context = contexts[2]![1];
    expect(renderAnswer(hal, 'api', [], context)).toBe(JSON.stringify(asDocument('api', [], context)));
  });
});
