import type { EventFacts } from '@signet/core';
import { encodeMetadata } from '../pact-api/for-verification/selection-metadata.js';
import { pactVersionPath, verificationResultPath } from '../pact-api/hal/paths.js';

/**
 * An event's Pact API links, absolute from `baseUrl`, as Pact Broker's `${pactbroker.pactUrl}` and
 * `${pactbroker.verificationResultUrl}`: the pact by content, with metadata naming the consumer version it is
 * for (a verifier given it as `--webhook-callback-url` fetches it and publishes its result there, attributed
 * to that version), and the verification result of that pact. Empty when the event does not name them.
 */
export function pactLinks(facts: EventFacts, baseUrl: string) {
  const { provider, consumer, contractSha: sha, consumerVersion } = facts;
  if (provider === undefined || consumer === undefined || sha === undefined) return {};
  const metadata =
    consumerVersion === undefined
      ? undefined
      : encodeMetadata({ consumerVersions: [consumerVersion], pending: false, wip: false });
  return {
    pactUrl: `${baseUrl}${pactVersionPath(provider, consumer, sha, metadata)}`,
    ...(facts.verificationId !== undefined && {
      verificationResultUrl: `${baseUrl}${verificationResultPath(provider, consumer, sha, facts.verificationId)}`,
    }),
  };
}
