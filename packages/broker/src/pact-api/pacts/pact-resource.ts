import type { Hal } from '../hal/hal.js';
import {
  latestPactPath,
  pacticipantPath,
  pactByVersionPath,
  pactVersionPath,
  versionPath,
} from '../hal/paths.js';
import { withInteractionIds } from './interaction-ids.js';

/** The stored pact a Pact resource shows: which consumer version published which content. */
export interface StoredPact {
  consumer: string;
  consumerVersion: string;
  provider: string;
  contentSha: string;
  createdAt: Date;
  text: string;
}

/**
 * A pact as Pact clients fetch it: the pact JSON with interaction ids, plus links. `metadata` (from pacts for
 * verification) is kept in `self` and in the verification-results link, so results say how the pact was selected.
 */
export function pactResource(hal: Hal, pact: StoredPact, metadata?: string) {
  const { consumer, provider, consumerVersion: version, contentSha: sha } = pact;
  const content = JSON.parse(pact.text) as Record<string, unknown>;
  const name = `Pact between ${consumer} (${version}) and ${provider}`;
  return {
    ...withInteractionIds(content),
    createdAt: pact.createdAt.toISOString(),
    _links: {
      self: hal.link(
        metadata === undefined
          ? pactByVersionPath(provider, consumer, version)
          : pactVersionPath(provider, consumer, sha, metadata),
        { title: 'Pact', name },
      ),
      'pb:consumer': hal.link(pacticipantPath(consumer), { title: 'Consumer', name: consumer }),
      'pb:consumer-version': hal.link(versionPath(consumer, version), {
        title: 'Consumer version',
        name: version,
      }),
      'pb:provider': hal.link(pacticipantPath(provider), { title: 'Provider', name: provider }),
      'pb:pact-version': hal.link(pactVersionPath(provider, consumer, sha), {
        title: 'Pact content',
        name: sha,
      }),
      'pb:latest-pact-version': hal.link(latestPactPath(provider, consumer), {
        title: 'Latest version of this pact',
      }),
      'pb:publish-verification-results': hal.link(
        `${pactVersionPath(provider, consumer, sha, metadata)}/verification-results`,
        { title: 'Publish verification results' },
      ),
    },
  };
}
