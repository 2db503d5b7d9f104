import type { EventFacts } from '@signet/core';
import { encodeMetadata } from '../pact-api/for-verification/selection-metadata.js';
import { pactVersionPath, verificationResultPath } from '../pact-api/hal/paths.js';

/** The consumer version a pact URL is for, as its metadata names it. */
export interface PactUrlConsumer {
  branch?: string | null;
  tags?: readonly string[];
}

/**
 * An event's Pact API links, absolute from `baseUrl`, as Pact Broker's `${pactbroker.pactUrl}` and
 * `${pactbroker.verificationResultUrl}`: the pact by content, with metadata naming the consumer version it is
 * for, with its branch and tags (a verifier given it as `--webhook-callback-url` fetches it and publishes its
 * result there, attributed to that version), and the verification result of that pact. Empty when the event
 * does not name them.
 */
export function pactLinks(facts: EventFacts, baseUrl: string, consumer: PactUrlConsumer = {}) {
  const { provider, consumer: consumerName, contractSha: sha, consumerVersion } = facts;
  if (provider === undefined || consumerName === undefined || sha === undefined) return {};
  const branch = consumer.branch ?? facts.consumerBranch;
  const metadata =
    consumerVersion === undefined
      ? undefined
      : encodeMetadata({
          consumerVersions: [consumerVersion],
          pending: false,
          wip: false,
          ...(branch != null && branch !== '' && { consumerBranch: branch }),
          ...(consumer.tags !== undefined && { consumerTags: [...consumer.tags] }),
        });
  return {
    pactUrl: `${baseUrl}${pactVersionPath(provider, consumerName, sha, metadata)}`,
    ...(facts.verificationId !== undefined && {
      verificationResultUrl: `${baseUrl}${verificationResultPath(provider, consumerName, sha, facts.verificationId)}`,
    }),
  };
}
