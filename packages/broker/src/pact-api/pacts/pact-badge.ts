import type { Badge } from '../can-i-deploy/badge-svg.js';
import type { Store } from '../../store/index.js';
import type { PactCandidate } from '../store/pact-candidates.js';

/** Which pact of the integration a badge shows: the latest, the latest with a tag, or the latest untagged. */
export type PactBadgeQuery = { kind: 'latest' } | { kind: 'tag'; tag: string } | { kind: 'untagged' };

/**
 * The Pact Broker's pact badge: `{consumer}/{provider} pact` (or one name, `label=consumer|provider`) and the
 * status of the latest pact by the integration's latest verification of those pacts (its pseudo branch):
 * `verified` (green), `changed` (orange: verified, but not this content), `failed` (red), `unknown` (grey: never
 * verified); `pact not found` when there is no such pact.
 */
export async function pactBadge(
  store: Store,
  names: { provider: string; consumer: string },
  query: PactBadgeQuery,
  label?: string,
): Promise<Badge> {
  const service = await store.services.find(names.provider);
  const candidates =
    service === undefined ? [] : await store.pact.candidates.forProvider(service.id, names.consumer);
  const matching = candidates.filter((candidate) => matches(candidate, query));
  const latest = matching.at(-1);
  const title = badgeLabel(names, label);
  if (latest === undefined) return pactNotFoundBadge;
  let newest: { id: number; success: boolean; contentSha: string } | undefined;
  for (const contentSha of new Set(matching.map((candidate) => candidate.contentSha))) {
    const verification = await store.webhooks.templateFacts.latestVerification(names.provider, contentSha);
    if (verification !== undefined && (newest === undefined || verification.id > newest.id))
      newest = { ...verification, contentSha };
  }
  return statusBadge(title, latest.contentSha, newest);
}

/** The badge for the latest pact's content by the verification that stands for it (none: unknown). */
export function statusBadge(
  title: string,
  latestContentSha: string,
  verification: { success: boolean; contentSha: string } | undefined,
): Badge {
  const [message, colour]: [string, Badge['colour']] =
    verification === undefined
      ? ['unknown', 'grey']
      : !verification.success
        ? ['failed', 'red']
        : verification.contentSha === latestContentSha
          ? ['verified', 'green']
          : ['changed', 'orange'];
  return { label: title, message, colour, title: `${title}: ${message}` };
}

export const pactNotFoundBadge: Badge = {
  label: 'pact not found',
  message: 'unknown',
  colour: 'grey',
  title: 'pact not found',
};

function matches(candidate: PactCandidate, query: PactBadgeQuery): boolean {
  if (query.kind === 'tag') return candidate.tags.includes(query.tag);
  if (query.kind === 'untagged') return candidate.tags.length === 0;
  return true;
}

export function badgeLabel(names: { provider: string; consumer: string }, label?: string): string {
  const which = label?.toLowerCase();
  const title =
    which === 'consumer'
      ? names.consumer
      : which === 'provider'
        ? names.provider
        : `${names.consumer}/${names.provider}`;
  return `${title} pact`.toLowerCase();
}
