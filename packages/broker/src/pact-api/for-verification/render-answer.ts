import type { Hal } from '../hal/hal.js';
import { forVerificationPath, pactVersionPath } from '../hal/paths.js';
import { stateNotices, whyNotice } from './notices.js';
import type { VerifiablePact } from './pacts-for-verification.js';
import type { ProviderContext } from './pending.js';
import { encodeMetadata } from './selection-metadata.js';

const json = JSON.stringify;

/**
 * The for-verification answer as JSON text, the same bytes `JSON.stringify` gives the HAL document. An answer
 * can hold hundreds of pacts with six notices each; five of the six depend only on the pending state, so they
 * are rendered once per state and each pact adds its own pieces (href, name, criteria) to one list of strings
 * joined at the end, with no object per pact or notice for the serializer and the collector to walk.
 */
export function renderAnswer(
  hal: Hal,
  provider: string,
  pacts: VerifiablePact[],
  context: ProviderContext,
): string {
  const byState = new Map<string, string>();
  const stateText = (pact: VerifiablePact): string => {
    const key = `${pact.pending}:${pact.notPendingBecause}`;
    let text = byState.get(key);
    if (text === undefined) {
      text = stateNotices(
        { provider, pending: pact.pending, notPendingBecause: pact.notPendingBecause },
        context,
      )
        .map((notice) => `,${json(notice)}`)
        .join('');
      byState.set(key, text);
    }
    return text;
  };
  const parts = ['{"_embedded":{"pacts":['];
  pacts.forEach((pact, index) => {
    const { candidate } = pact;
    const metadata = encodeMetadata({
      consumerVersions: pact.consumerVersions,
      pending: pact.pending ?? false,
      wip: pact.wip,
    });
    const href = `${hal.base}${pactVersionPath(provider, candidate.consumer, candidate.contentSha, metadata)}`;
    const name = `Pact between ${candidate.consumer} (${pact.consumerVersions.join(', ')}) and ${provider}`;
    parts.push(
      index === 0 ? '{"shortDescription":' : ',{"shortDescription":',
      json(pact.criteria.join('; ')),
      ',"verificationProperties":{',
      pact.pending === undefined ? '' : `"pending":${pact.pending},`,
      pact.wip ? '"wip":true,' : '',
      '"notices":[',
      json(whyNotice({ url: href, criteria: pact.criteria, wip: pact.wip })),
      stateText(pact),
      ']},"_links":{"self":{"href":',
      json(href),
      ',"name":',
      json(name),
      '}}}',
    );
  });
  const self = hal.link(forVerificationPath(provider), { title: `Pacts to be verified by ${provider}` });
  parts.push(']},"_links":{"self":', json(self), '}}');
  return parts.join('');
}
